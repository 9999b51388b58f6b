import { expect, test } from "vitest";
import { textSentences } from "@/lib/extract/text-lines";
import { extractUseCases } from "@/lib/extract/use-cases";
import type { UseCase } from "@/lib/taxonomy";

test.each<[string, string, string, UseCase[]]>([
  ["nothing ML", "Backend Engineer", "Build REST APIs in Go.", []],
  ["LLM work", "ML Engineer", "Fine-tune large language models and build RAG pipelines.", ["nlp_llm"]],
  ["agents count as LLM work", "Software Engineer", "Build and refine AI agents for workload automation.", ["nlp_llm"]],
  ["vision", "ML Engineer", "Train computer vision models on satellite imagery.", ["computer_vision"]],
  ["speech", "Research Scientist", "Voice dictation and transcription systems for professionals.", ["speech_audio"]],
  ["RL and robotics", "Engineer", "Train humanoid robots with reinforcement learning.", ["reinforcement_learning", "robotics"]],
  ["time series", "Research Engineer", "Model clinical time-series data.", ["time_series"]],
  ["recommendations", "CTO", "We build a supplement recommendation engine for retailers that you will lead.", ["recommender_systems"]],
  ["the title counts", "Dubbing Specialist", "Join our productions team.", ["speech_audio"]],
  // Not the job's work.
  ["using an assistant is not building one", "Full-stack Engineer", "We use Claude Code daily. AI-augmented everything.", []],
  ["a negated use case", "Backend Engineer", "You will build custom AI (_not_ LLMs) for satellite imagery.", ["computer_vision"]],
  ["the employer's intro", "Cloud platform engineer", "WRITER is experiencing a moment as generative AI has taken the world by storm.\nRESPONSIBILITIES\n- Run Kubernetes.", []],
  ["the employer's mission", "Software Engineer", "Our mission is to make LLMs safe.\nYOUR RESPONSIBILITIES\n- Build tools.", []],
  ["an about-the-company section", "Engineer", "ABOUT ACME\nAcme builds the leading speech platform.\nABOUT THE ROLE\nBuild billing.", []],
  ["a perks section", "Engineer", "Build billing.\nBenefits\n- Free audiobooks subscription", []],
  ["nice-to-haves", "Engineer", "Build billing.\nNICE TO HAVE\n- Experience with generative AI and prompt engineering", []],
  ["options listed as examples of a skill", "Researcher", "WHAT YOU BRING\n- Experience designing architectures across modalities (e.g., vision, audio).", []],
  ["one of several candidate skills", "Researcher", "Basic Qualifications\n- Expertise in one or more of the following: self-supervised learning, reinforcement learning, NLP.", []],
  ["a non-technical job does not do its employer's ML work", "Senior commercial counsel", "Negotiate contracts for our LLM platform.", []],
  ["a technical customer role does", "Customer AI architect (post-sales)", "Help customers adopt LLM solutions for their workflows.", ["nlp_llm"]],
])("%s", (_, title, text, expected) => {
  expect(extractUseCases(title, textSentences(text), true)).toEqual(expected);
});

test("a free-text post describes the job throughout, employer sentences included", () => {
  const text = "Tau Robotics | Founding Engineer | SF\nWe're building a general AI for humanoid robots using reinforcement learning.";
  expect(extractUseCases("", textSentences(text), false)).toEqual(["reinforcement_learning", "robotics"]);
});
