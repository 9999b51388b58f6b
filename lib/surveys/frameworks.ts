import { FRAMEWORKS } from "@/lib/taxonomy";

// Besides our four frameworks, the ML libraries surveys ask about that help read them (a
// Hugging Face user who names neither PyTorch nor TensorFlow, CUDA as a proxy for GPU work).
export const OTHER_ML_LIBRARIES = ["hugging_face_transformers", "scikit_learn", "opencv", "cuda"] as const;

export const SURVEY_FRAMEWORKS = [...FRAMEWORKS, ...OTHER_ML_LIBRARIES] as const;
export type SurveyFramework = (typeof SURVEY_FRAMEWORKS)[number];

/** "used": worked with over the past year; "wanted": wants to work with over the next year. */
export const FRAMEWORK_RELATIONS = ["used", "wanted"] as const;
export type FrameworkRelation = (typeof FRAMEWORK_RELATIONS)[number];
