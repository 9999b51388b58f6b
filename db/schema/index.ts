export * from "./runs";
export * from "./raw-documents";
export * from "./postings";
