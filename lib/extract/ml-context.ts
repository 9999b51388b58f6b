import { anyPattern } from "./any-pattern";

// Words that put an ambiguous name ("torch", "TF", "Flax") among machine-learning tools.
const namesMachineLearningCue = anyPattern([
  /\b(?:machine|deep|reinforcement|statistical) learning\b/i,
  /\b(?:ML|AI|NLP|LLMs?|GPUs?|TPUs?|CUDA|RL|CNNs?|RNNs?|GANs?)\b/i,
  /\b(?:neural|models?|modell?ing|training|inference|tensors?|autograd|embeddings?)\b/i,
  /\b(?:py ?torch|tensor ?flow|keras|jax|caffe2?|theano|mxnet|chainer|onnx|triton|hugging ?face|transformers|scikit-learn|sklearn|numpy|xgboost|lua)\b/i,
  /\b(?:computer vision|data scien\w*|frameworks?|python)\b/i,
]);

export function hasMachineLearningCue(text: string): boolean {
  return namesMachineLearningCue(text);
}
