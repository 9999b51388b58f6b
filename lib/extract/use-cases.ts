import type { UseCase } from "@/lib/taxonomy";
import { anyPattern } from "./any-pattern";
import type { TextSentence } from "./text-lines";

// What the job's own work involves. Each pattern names the field's work, not a tool used on the side.
const USE_CASE_TERMS: ReadonlyArray<readonly [UseCase, RegExp]> = [
  [
    "computer_vision",
    /\b(?:computer vision|image[- ]?(?:generation|creation|edit\w*|recognition|classification|segmentation|processing|models?|understanding|synthesis)|imagery|imaging data(?:sets)?|video (?:generation|understanding|models?|analysis)|vision(?:[- ]language)? (?:models?|transformers?|systems?)|VLMs?|object detection|segmentation|3D reconstruction|photogrammetry|SLAM|visual (?:AI|models?|perception)|OCR|CNNs?|captchas?)\b/gi,
  ],
  [
    "nlp_llm",
    /\b(?:LLMs?|large language models?|language models?|NLP|natural language|generative AI|gen ?AI|RAG|retrieval[- ]augmented|chatbots?|conversational AI|text generation|(?:AI|LLM|autonomous|coding|voice|software) agents?|agentic|agents? (?:frameworks?|workflows?|systems?)|prompt engineering|foundation models?|GPT-?\d?|fine-?tun(?:e|ing) (?:LLMs?|language)|machine translation|MCP|LangChain|LlamaIndex)\b/gi,
  ],
  ["speech_audio", /\b(?:speech|audio|voice|text[- ]to[- ]speech|TTS|ASR|speech recognition|dubbing|audiobooks?|music)\b/gi],
  ["reinforcement_learning", /\b(?:reinforcement learning|RLHF|RLAIF|reward model(?:s|ing)?|policy optimi[sz]ation|self-play)\b|\bRL\b/g],
  ["time_series", /\b(?:time[- ]series|forecasting models?|temporal (?:data|models?|modell?ing))\b/gi],
  ["recommender_systems", /\b(?:recommend(?:er|ation)s? (?:systems?|engines?|models?)|recommendation engine|personali[sz]ed recommendations|RecSys)\b/gi],
  ["robotics", /\b(?:robots?|robotics?|humanoids?|embodied AI)\b/gi],
];
// A sentence that no term matches adds no use case.
const namesAnyTerm = anyPattern(USE_CASE_TERMS.map(([, pattern]) => pattern));

// Using an assistant is not working on one ("we use Claude Code daily", "AI assistance is fine").
const TOOL_USE = /\b(?:use|using|uses)\s+(?:\w+\s+){0,2}(?:Claude|Cursor|Copilot|ChatGPT|AI tools?)\b|\bAI[- ](?:augmented|assisted|assistance)\b|\bagentic AI tools\b/i;
// Optional extras are candidate skills, not the job's own work.
const OPTIONAL_SECTION = /\b(?:nice[- ]to[- ]haves?|bonus|preferred|pluses|a plus)\b/i;
// What a candidate should know (as opposed to what the job does): there, an example is only an option.
const SKILLS_SECTION = /\b(?:qualifications?|requirements?|bring|you have|profile|about you|ideal candidate|skills|who you are|you['’]ll need|you will need|looking for|good fit|you are|for you if)\b/i;
const SKILL_SENTENCE = /^(?:\d+\+? years|experience|familiarity|familiar|expertise|knowledge|proficien\w+|strong|deep|solid|background|understanding|hands-on|publications?)\b/i;
// "(e.g., vision, audio)", "fields such as NLP or computer vision": one option among examples.
const EXAMPLES_BEFORE = /(?:\be\.g\.?|\bsuch as|\blike|\bincluding|\bfor example|\bat least one of|\bone or more of|\bany of)\b[^.;]*$/i;
const EXAMPLES_IN_BRACKETS = /\be\.g\b|\bsuch as\b|\bor\b|\betc\b/i;
const NEGATED = /(?:^|[^\p{L}])(?:not|no|non)[\s_-]*$/iu;
// The employer's mission and what it sells are not the job ("Our mission is …", "… for developers and enterprises").
const ABOUT_EMPLOYER = /\bmission is\b|\bour mission\b|\b(?:for|to) (?:developers|enterprises|businesses|customers|clients|organi[sz]ations)\b/i;
// A job ad also speaks of its employer: "Acme is building …", "We're training …" (unless it turns to the hire).
const EMPLOYER_SUBJECT = /^(?:we\b|we['’]re\b|our\b|(?:\p{Lu}[\w.&’'-]*\s){1,3}(?:is|are|builds|helps|provides|powers|makes|develops|enables|was)\b)/iu;
const ADDRESSES_HIRE = /\b(?:you|your|this role|the role|looking for|hiring|seeking|join)\b/i;
// Non-technical jobs do not do the ML work their employer's products involve; only their title says what they handle.
const NON_TECHNICAL_TITLE =
  /(?<![-\w])(?:sales|account executive|business development|marketing|recruit\w*|sourcer|talent|counsel|legal|designer|social media|customer success|communications|finance|accountant|payable|people|HR|executive assistant)\b/i;

/**
 * The use cases the job's own work involves, from its title and the job's sentences. A job ad
 * (`singleJob`) tells of its employer apart from the job; a free-text post describes the job throughout.
 */
export function extractUseCases(title: string, sentences: TextSentence[], singleJob: boolean): UseCase[] {
  const jobSentences = NON_TECHNICAL_TITLE.test(title)
    ? []
    : sentences.filter(({ aboutPerks, aboutCompany, section, sentence }) => {
        if (aboutPerks || aboutCompany || !namesAnyTerm(sentence) || ABOUT_EMPLOYER.test(sentence) || TOOL_USE.test(sentence)) return false;
        if (singleJob && EMPLOYER_SUBJECT.test(sentence) && !ADDRESSES_HIRE.test(sentence)) return false;
        return !(section !== null && OPTIONAL_SECTION.test(section)) && !/\bis a plus\b|\bnice to have\b/i.test(sentence);
      });
  const found = new Set<UseCase>();
  for (const { sentence, skills } of [{ sentence: title, skills: false }, ...jobSentences.map(asSkills)]) {
    for (const [useCase, pattern] of USE_CASE_TERMS) {
      if (!found.has(useCase) && namesTerm(sentence, pattern, skills)) found.add(useCase);
    }
  }
  return USE_CASE_TERMS.map(([useCase]) => useCase).filter((useCase) => found.has(useCase));
}

function namesTerm(sentence: string, pattern: RegExp, skills: boolean): boolean {
  // exec over the (global) term pattern itself: matchAll would compile a copy of it for every sentence.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) {
    if (match[0] === "") pattern.lastIndex += 1;
    if (!NEGATED.test(sentence.slice(0, match.index)) && !(skills && isAnExample(sentence, match.index))) return true;
  }
  return false;
}

function asSkills({ sentence, section }: TextSentence): { sentence: string; skills: boolean } {
  return { sentence, skills: (section !== null && SKILLS_SECTION.test(section)) || SKILL_SENTENCE.test(sentence) };
}

function isAnExample(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const openBracket = before.lastIndexOf("(");
  if (openBracket > before.lastIndexOf(")")) {
    const closing = sentence.indexOf(")", index);
    const bracket = sentence.slice(openBracket, closing === -1 ? undefined : closing + 1);
    if (EXAMPLES_IN_BRACKETS.test(bracket) || /\b(?:types|modalities|kinds|formats|areas|fields|domains)\s*$/i.test(before.slice(0, openBracket))) return true;
  }
  return EXAMPLES_BEFORE.test(before);
}
