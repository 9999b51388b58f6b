import type { SurveyColumns } from "./columns";

// 2023: ML frameworks are answers of "other frameworks and libraries" (MiscTech); pay is the
// survey's own conversion of CompTotal to USD per year.
export const COLUMNS_2023: SurveyColumns = {
  year: 2023,
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
