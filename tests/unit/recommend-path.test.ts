import { describe, expect, it, test } from "vitest";
import { trainingPath, type PathInput } from "@/lib/recommend/training-path";

const path = (input: Partial<PathInput> & Pick<PathInput, "framework">) => trainingPath({ skills: [], focus: "both", deployment: "server", useCases: [], ...input });

describe("trainingPath", () => {
  test.each([
    ["PyTorch for research", { framework: "pytorch", focus: "research" }, ["pytorch-core", "lightning", "pytorch-scale"]],
    ["PyTorch for production", { framework: "pytorch", focus: "production" }, ["pytorch-core", "lightning", "pytorch-export", "pytorch-serving"]],
    ["PyTorch for both: Lightning once, where research first needs it", { framework: "pytorch", focus: "both" }, ["pytorch-core", "lightning", "pytorch-scale", "pytorch-export", "pytorch-serving"]],
    ["PyTorch on devices", { framework: "pytorch", focus: "production", deployment: "edge" }, ["pytorch-core", "lightning", "pytorch-export", "pytorch-serving", "executorch"]],
    ["TensorFlow for production on devices", { framework: "tensorflow", focus: "production", deployment: "edge" }, ["tensorflow-core", "tfx", "tf-serving", "litert"]],
    ["TensorFlow for research", { framework: "tensorflow", focus: "research" }, ["tensorflow-core", "tensorflow-scale"]],
    ["use-case libraries come right after the core", { framework: "tensorflow", focus: "research", useCases: ["recommender_systems", "nlp_llm"] }, ["tensorflow-core", "tensorflow-recommender_systems", "tensorflow-nlp_llm", "tensorflow-scale"]],
  ] as const)("%s", (_name, input, ids) => {
    expect(path(input).map((step) => step.id)).toEqual(ids);
  });

  it("marks the core as known when the team uses the framework, and adapts it for a team coming from the other", () => {
    expect(path({ framework: "pytorch", skills: ["pytorch"] })[0]).toMatchObject({ id: "pytorch-core", known: true });
    const fromKeras = path({ framework: "pytorch", skills: ["keras"] })[0];
    expect(fromKeras?.known).toBe(false);
    expect(fromKeras?.detail).toContain("coming from TensorFlow or Keras");
    expect(path({ framework: "tensorflow", skills: ["pytorch"] })[0]?.detail).toContain("PyTorch backend");
    expect(path({ framework: "tensorflow", skills: ["tensorflow"] }).filter((s) => s.known).map((s) => s.id)).toEqual(["tensorflow-core"]);
  });

  it("names the use case's libraries, and warns that TorchServe is in limited maintenance", () => {
    const steps = path({ framework: "pytorch", useCases: ["nlp_llm"], focus: "production" });
    expect(steps.find((s) => s.id === "pytorch-nlp_llm")).toMatchObject({ title: "NLP / LLMs: libraries" });
    expect(steps.find((s) => s.id === "pytorch-serving")?.detail).toContain("limited maintenance");
  });
});
