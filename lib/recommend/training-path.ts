import type { Contender } from "@/lib/evidence/compare";
import type { Framework, UseCase } from "@/lib/taxonomy";
import { USE_CASE_LABELS } from "@/lib/ui/labels";
import type { Deployment, Focus } from "./decide";

// What to learn, in order, once a framework is chosen: the core, the libraries of the team's use
// cases, then research or production tooling, then on-device deployment. Advice, not data.

export type TrainingStep = { id: string; title: string; detail: string; /** The team already uses this. */ known: boolean };
export type PathInput = { framework: Contender; skills: readonly Framework[]; focus: Focus; deployment: Deployment; useCases: readonly UseCase[] };

type Step = Omit<TrainingStep, "known">;

const USE_CASE_LIBRARIES: Record<Contender, Record<UseCase, string>> = {
  pytorch: {
    computer_vision: "torchvision and timm (pretrained backbones, detection and segmentation)",
    nlp_llm: "Hugging Face Transformers and PEFT on PyTorch (fine-tuning, tokenisers)",
    speech_audio: "torchaudio, and Whisper-style models through Transformers",
    reinforcement_learning: "TorchRL with Gymnasium environments",
    time_series: "PyTorch Forecasting (temporal fusion transformers, DeepAR)",
    recommender_systems: "TorchRec (embedding tables, sharding)",
    robotics: "LeRobot policies and ROS 2 integration",
  },
  tensorflow: {
    computer_vision: "KerasHub vision models (classification, detection, segmentation)",
    nlp_llm: "KerasHub language models and Hugging Face TensorFlow checkpoints",
    speech_audio: "Keras audio models and tf.signal (spectrograms)",
    reinforcement_learning: "TF-Agents",
    time_series: "Keras sequence models with tf.data windowing",
    recommender_systems: "TensorFlow Recommenders",
    robotics: "TF-Agents policies deployed with LiteRT on the robot",
  },
};

function core(framework: Contender, skills: readonly Framework[]): Step {
  if (framework === "pytorch") {
    const fromTf = skills.includes("tensorflow") || skills.includes("keras");
    return {
      id: "pytorch-core",
      title: "PyTorch fundamentals",
      detail: fromTf
        ? "Tensors, autograd, nn.Module, DataLoader and an explicit training loop; coming from TensorFlow or Keras, map layers and model.fit onto modules and the loop."
        : "Tensors, autograd, nn.Module, DataLoader and an explicit training loop.",
    };
  }
  return {
    id: "tensorflow-core",
    title: "TensorFlow 2 and Keras 3",
    detail: skills.includes("pytorch")
      ? "Keras models and model.fit, tf.data input pipelines, tf.function; Keras 3 also runs on a PyTorch backend, which eases the move."
      : "Keras models and model.fit, tf.data input pipelines, tf.function and SavedModel.",
  };
}

const RESEARCH: Record<Contender, Step[]> = {
  pytorch: [
    { id: "lightning", title: "PyTorch Lightning", detail: "Structured training: checkpoints, mixed precision, multi-GPU without boilerplate." },
    { id: "pytorch-scale", title: "torch.compile and distributed training", detail: "Compiled graphs for speed, DDP and FSDP to train across GPUs." },
  ],
  tensorflow: [{ id: "tensorflow-scale", title: "XLA and distribution strategies", detail: "jit-compiled tf.function, tf.distribute for multi-GPU/TPU; Keras 3 with the JAX backend for research code." }],
};

const PRODUCTION: Record<Contender, Step[]> = {
  pytorch: [
    { id: "lightning", title: "PyTorch Lightning", detail: "Reproducible training runs that a pipeline can schedule." },
    { id: "pytorch-export", title: "torch.export and ONNX", detail: "Export the trained model to a graph; run it with ONNX Runtime on CPU or GPU." },
    {
      id: "pytorch-serving",
      title: "Model serving: TorchServe or NVIDIA Triton",
      detail: "TorchServe has been in limited maintenance since 2025: prefer Triton (PyTorch or ONNX backend) or ONNX Runtime behind your own API for new services.",
    },
  ],
  tensorflow: [
    { id: "tfx", title: "TFX pipelines", detail: "Data validation, transform, training and model analysis as one pipeline." },
    { id: "tf-serving", title: "TensorFlow Serving", detail: "Serve SavedModels over gRPC/REST with versioned rollouts." },
  ],
};

const EDGE: Record<Contender, Step> = {
  pytorch: { id: "executorch", title: "ExecuTorch", detail: "PyTorch's on-device runtime for mobile and embedded targets, with quantisation; ONNX Runtime Mobile as the alternative." },
  tensorflow: { id: "litert", title: "LiteRT (formerly TensorFlow Lite)", detail: "Convert and quantise models for Android, iOS and microcontrollers with the model optimisation toolkit." },
};

/** The ordered steps for the chosen framework; a step shared by two stages appears once, where first needed. */
export function trainingPath({ framework, skills, focus, deployment, useCases }: PathInput): TrainingStep[] {
  const steps: Step[] = [core(framework, skills)];
  for (const useCase of useCases) steps.push({ id: `${framework}-${useCase}`, title: `${USE_CASE_LABELS[useCase]}: libraries`, detail: USE_CASE_LIBRARIES[framework][useCase] });
  if (focus !== "production") steps.push(...RESEARCH[framework]);
  if (focus !== "research") steps.push(...PRODUCTION[framework]);
  if (deployment === "edge") steps.push(EDGE[framework]);
  const known = skills.includes(framework);
  const seen = new Set<string>();
  return steps.flatMap((step) => {
    if (seen.has(step.id)) return [];
    seen.add(step.id);
    return [{ ...step, known: known && step.id.endsWith("-core") }];
  });
}
