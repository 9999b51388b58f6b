import type { SurveyColumns } from "./columns";

// 2024: the schema names the same questions as 2023 (MiscTech is one matrix qname now, where
// 2023's schema listed some matrices per column). The recording holds the schema only, so the
// answer labels below follow the 2023 file and are unverified against 2024 responses.
export const COLUMNS_2024: SurveyColumns = {
  year: 2024,
  questions: ["DevType", "Country", "YearsCodePro", "MiscTech", "CompTotal"],
  columns: {
    responseId: "ResponseId",
    devType: "DevType",
    country: "Country",
    yearsPro: "YearsCodePro",
    frameworksUsed: "MiscTechHaveWorkedWith",
    frameworksWanted: "MiscTechWantToWorkWith",
    compYearlyUsd: "ConvertedCompYearly",
  },
  frameworkLabels: {
    TensorFlow: "tensorflow",
    "Torch/PyTorch": "pytorch",
    Keras: "keras",
    JAX: "jax",
    "Hugging Face Transformers": "hugging_face_transformers",
    "Scikit-Learn": "scikit_learn",
    Opencv: "opencv",
    CUDA: "cuda",
  },
  separator: ";",
  missing: "NA",
  yearsWords: { "Less than 1 year": 0, "More than 50 years": 51 },
};
