// Words that put an ambiguous name ("torch", "TF", "Flax") among machine-learning tools.
const ML_CUE = new RegExp(
  [
    String.raw`\b(?:machine|deep|reinforcement|statistical) learning\b`,
    String.raw`\b(?:ML|AI|NLP|LLMs?|GPUs?|TPUs?|CUDA|RL|CNNs?|RNNs?|GANs?)\b`,
    String.raw`\b(?:neural|models?|modell?ing|training|inference|tensors?|autograd|embeddings?)\b`,
    String.raw`\b(?:py ?torch|tensor ?flow|keras|jax|caffe2?|theano|mxnet|chainer|onnx|triton|hugging ?face|transformers|scikit-learn|sklearn|numpy|xgboost|lua)\b`,
    String.raw`\b(?:computer vision|data scien\w*|frameworks?|python)\b`,
  ].join("|"),
  "i",
);

export function hasMachineLearningCue(text: string): boolean {
  return ML_CUE.test(text);
}
