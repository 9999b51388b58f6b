import { describe, expect, test } from "vitest";
import { extractFrameworks } from "@/lib/extract/frameworks";
import type { Framework, MentionContext } from "@/lib/taxonomy";

const frameworksOf = (text: string, title: string | null = null): Framework[] =>
  extractFrameworks({ title, text }).map((mention) => mention.framework);

describe("aliases", () => {
  test.each<[string, Framework[]]>([
    ["Experience with TensorFlow.", ["tensorflow"]],
    ["Experience with Tensorflow and tensor flow.", ["tensorflow"]],
    ["We build deep learning models in TF2.", ["tensorflow"]],
    ["We train models with tf.keras and tf.data.", ["tensorflow"]],
    ["Build production pipelines in TFX.", ["tensorflow"]],
    ["Ship on-device models with TF Lite.", ["tensorflow"]],
    ["Ship on-device models with TFLite.", ["tensorflow"]],
    ["Ship on-device models with LiteRT.", ["tensorflow"]],
    ["Run models in the browser with TensorFlow.js.", ["tensorflow"]],
    ["Run models in the browser with TFJS.", ["tensorflow"]],
    ["Serve models with TF Serving.", ["tensorflow"]],
    ["Proficiency in Python, TF-Serving and XLA.", ["tensorflow"]],
    ["Experience with PyTorch or TF for model training.", ["tensorflow", "pytorch"]],
    ["Experience with PyTorch.", ["pytorch"]],
    ["Python, Pytorch, pytorch, Py Torch", ["pytorch"]],
    ["Train with PyTorch Lightning.", ["pytorch"]],
    ["Export models with TorchScript.", ["pytorch"]],
    ["Deploy with TorchServe.", ["pytorch"]],
    ["On-device inference with ExecuTorch.", ["pytorch"]],
    ["C++ inference with libtorch.", ["pytorch"]],
    ["Speed up training with torch.compile.", ["pytorch"]],
    ["Experience with torchvision and torchaudio.", ["pytorch"]],
    ["Data Scientist (Python/R/XGboost/Torch7/Tableau)", []],
    ["Torch, Theano and Caffe for deep learning.", ["pytorch"]],
    ["Our stack: Lua, Torch, Linux.", []],
    ["We use machine learning.\nFamiliarity with Torch is great.", ["pytorch"]],
    ["Experience with JAX.", ["jax"]],
    ["Write models in Flax on TPUs.", ["jax"]],
    ["Familiar with jax.numpy and jax.jit for ML research.", ["jax"]],
    ["Deep learning with pytorch/jax.", ["pytorch", "jax"]],
    ["Deep learning libraries (e.g. PyTorch, Jax, Tensorflow).", ["tensorflow", "pytorch", "jax"]],
    ["Experience with Keras.", ["keras"]],
    ["KerasNLP and KerasCV for our models.", ["keras"]],
    ["Keras, JAX, PyTorch, TensorFlow", ["tensorflow", "pytorch", "jax", "keras"]],
  ])("%s → %j", (text, expected) => {
    expect(frameworksOf(text)).toEqual(expected);
  });

  test("the title counts as text of the posting", () => {
    expect(frameworksOf("Join our team.", "ML Inference Engineer, PyTorch")).toEqual(["pytorch"]);
  });
});

describe("false friends and employer boilerplate", () => {
  test.each<[string, string]>([
    ["welding torch", "Welders: experience with TIG and torch welding required."],
    ["cutting torch", "Plasma torch cutting and brazing."],
    ["lighting", "Install stage lighting, lamps and a tiki torch."],
    ["idiom", "Now it's time to pass the torch to a new ML lead."],
    ["company named Torch", "Torch is a Bessemer-backed startup digitizing dental practices."],
    ["torch in a host name", "Write to jobs@torchdental.com about our deep learning work."],
    ["Terraform", "Infrastructure as code with TF and Terragrunt on AWS."],
    ["Terraform beside ML words", "Provision GPU clusters for model training with TF and Ansible."],
    ["TF-IDF", "TF-IDF features for the ranking model."],
    ["bare TF without ML", "TF: 00 34 661341683"],
    ["lightning fast", "Lightning-fast search for our ML models."],
    ["Lightning AI alone", "Lightning AI | lightning.ai | Backend Engineer | NYC"],
    ["Lightning Network", "Work on the Lightning Network for Bitcoin payments."],
    ["JAX the airport", "Fly into JAX (Jacksonville airport) for the onsite; we build ML models."],
    ["Java's JAX-RS", "Java EE with JAX-RS and JAX-WS."],
    ["Java's jax-rs in lower case", "REST services with jax-rs for our ML team."],
    ["Jax the person", "Ask for Jax at the front desk."],
    ["flax the plant", "Linen and flax textiles."],
    ["TF2 the game", "We are hiring a level designer for TF2 maps."],
    ["creators of", "Lightning AI (the creators of PyTorch Lightning) is hiring a backend engineer."],
    ["team behind", "We are the team behind JAX and Flax. We hire a recruiter."],
    ["team out of", "Small team out of PyTorch, FAIR, and Meta."],
    ["people who built", "Founded by the people who built TensorFlow."],
    ["product's users", "Acme pairs its stack with tooling, allowing users to deploy PyTorch models in seconds."],
    ["event", "Represent us at PyTorch Conference and other ML events."],
    ["link", "Read more at https://github.com/tensorflow/models about our ML work."],
  ])("%s", (_, text) => {
    expect(frameworksOf(text)).toEqual([]);
  });

  test.each<[string, string, Framework[]]>([
    ["a requirement beside a pedigree still counts", "Lightning AI (the creators of PyTorch Lightning) is hiring.\nMust know PyTorch.", ["pytorch"]],
    ["a duty that helps customers is the job", "Help customers migrate their models to PyTorch.", ["pytorch"]],
    ["product talk addressed to the hire", "Our platform lets developers train models; you'll extend its JAX support.", ["jax"]],
    ["building on a framework is not pedigree", "We built our platform on TensorFlow.", ["tensorflow"]],
    ["product wording under a duties heading", "Responsibilities:\n- Work with sales to help customers adopt PyTorch", ["pytorch"]],
    ["a real torch beside a welding job's ML team", "Our ML team trains models in Torch.\nWelding shop: torch brazing.", ["pytorch"]],
  ])("%s", (_, text, expected) => {
    expect(frameworksOf(text)).toEqual(expected);
  });
});

describe("mention context", () => {
  test.each<[string, Partial<Record<Framework, MentionContext>>]>([
    ["We are migrating from TensorFlow to PyTorch.", { tensorflow: "migration", pytorch: "migration" }],
    ["Ported our TensorFlow → PyTorch training code.", { tensorflow: "migration", pytorch: "migration" }],
    ["Help us move our training stack to JAX.", { jax: "migration" }],
    ["Must have 3+ years of PyTorch.", { pytorch: "required" }],
    ["PyTorch is required.", { pytorch: "required" }],
    ["You have shipped models in JAX.", { jax: "required" }],
    ["Experience with PyTorch or TensorFlow.", { tensorflow: "required", pytorch: "required" }],
    ["Proficiency in Keras.", { keras: "required" }],
    ["Experience with PyTorch required; JAX a plus.", { pytorch: "required", jax: "preferred" }],
    ["Tensorflow (preferred), (py)Torch, Caffe for deep learning.", { tensorflow: "preferred", pytorch: "stack" }],
    ["JAX is nice to have.", { jax: "preferred" }],
    ["Bonus: Keras experience.", { keras: "preferred" }],
    ["Experience with PyTorch is a big plus.", { pytorch: "preferred" }],
    ["Nice to have:\n- Experience with JAX", { jax: "preferred" }],
    ["Requirements:\n- PyTorch", { pytorch: "required" }],
    ["Our stack: Python, PyTorch, Postgres", { pytorch: "stack" }],
    ["Stack: PyTorch.\nMust know PyTorch well.", { pytorch: "required" }],
    ["We use Rust (migration in progress), PyTorch (captcha solvers).", { pytorch: "stack" }],
  ])("%s", (text, expected) => {
    const contexts = Object.fromEntries(extractFrameworks({ text }).map((m) => [m.framework, m.context]));
    expect(contexts).toEqual(expected);
  });
});

describe("snippet", () => {
  test("a short sentence is the snippet", () => {
    expect(extractFrameworks({ text: "Intro line.\nWe use PyTorch daily. Other things." })[0]?.snippet).toBe("We use PyTorch daily.");
  });

  test.each([
    ["at the start", `PyTorch ${"and more words ".repeat(30)}end.`],
    ["in the middle", `${"words before it ".repeat(15)}with PyTorch ${"and words after it ".repeat(15)}`],
    ["at the end", `${"words before it ".repeat(30)}PyTorch`],
  ])("a long sentence is cut to 160 characters around the name %s", (_, text) => {
    const snippet = extractFrameworks({ text })[0]?.snippet ?? "";
    expect(snippet.length).toBeLessThanOrEqual(160);
    expect(snippet).toContain("PyTorch");
  });
});

describe("names whose meaning changed over time", () => {
  const frameworksAt = (text: string, postedAt: string | null) => extractFrameworks({ text, postedAt }).map((m) => m.framework);
  test.each([
    ["Machine learning (TensorFlow, Theano, Torch, Caffe) is a plus", "2016-07-02T10:00:00Z", ["tensorflow"]],
    ["Machine learning (TensorFlow, Theano, Torch, Caffe) is a plus", "2018-07-02T10:00:00Z", ["tensorflow", "pytorch"]],
    ["Machine learning (TensorFlow, Theano, Torch, Caffe) is a plus", null, ["tensorflow", "pytorch"]],
    ["PyTorch and torch.compile", "2016-07-02T10:00:00Z", ["pytorch"]],
    ["Our production stack is Java and Lua/Torch for deep learning", "2019-01-01T00:00:00Z", []],
  ])("%s (posted %s) → %j", (text, postedAt, expected) => {
    expect(frameworksAt(text, postedAt)).toEqual(expected);
  });
});
