export * from "./runs";
export * from "./raw-documents";
export * from "./postings";
export * from "./surveys";
export * from "./salaries";
export * from "./series";
export * from "./rollups";
export * from "./posted-pay";
