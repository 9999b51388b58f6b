import type { SourceName } from "@/lib/sources";
import { adoptionSeriesSource } from "./adoption-series";
import { aijobsSalariesSource } from "./aijobs-salaries";
import { arbeitnowSource } from "./arbeitnow";
import { ashbySource } from "./ashby";
import { careersSource } from "./careers";
import { greenhouseSource } from "./greenhouse";
import { himalayasSource } from "./himalayas";
import { hnSource } from "./hn";
import { jobicySource } from "./jobicy";
import { leverSource } from "./lever";
import { remoteokSource } from "./remoteok";
import { remotiveSource } from "./remotive";
import { soSurveySource } from "./so-survey";
import type { Source } from "./types";
import { weworkremotelySource } from "./weworkremotely";
import { workingnomadsSource } from "./workingnomads";

export const ALL_SOURCES: readonly Source[] = [
  hnSource,
  ashbySource,
  greenhouseSource,
  leverSource,
  remotiveSource,
  remoteokSource,
  arbeitnowSource,
  weworkremotelySource,
  himalayasSource,
  jobicySource,
  workingnomadsSource,
  careersSource,
  soSurveySource,
  aijobsSalariesSource,
  adoptionSeriesSource,
];

export function sourceByName(name: string): Source | undefined {
  return ALL_SOURCES.find((source) => source.name === (name as SourceName));
}
