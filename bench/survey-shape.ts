// Rows in the shape of the 2023 Stack Overflow survey's survey_results_public.csv: the same 84
// columns, quoted multi-answer cells, "NA" for no answer, ~1.7 KB a row. Deterministic (seeded).

type Cell = (random: () => number) => string;

const pick = (options: readonly string[]): Cell => (random) => options[Math.floor(random() * options.length)] ?? "NA";
const some = (options: readonly string[], most: number): Cell => (random) => {
  if (random() < 0.15) return "NA";
  const count = 1 + Math.floor(random() * most);
  return [...new Set(Array.from({ length: count }, () => options[Math.floor(random() * options.length)] ?? ""))].join(";");
};
const years: Cell = (random) => (random() < 0.2 ? "NA" : random() < 0.05 ? "Less than 1 year" : String(1 + Math.floor(random() * 30)));

const LANGUAGES = ["JavaScript", "HTML/CSS", "SQL", "Python", "TypeScript", "Java", "C#", "C++", "C", "PHP", "Go", "Rust", "Kotlin", "Ruby", "Swift", "R", "Bash/Shell (all shells)", "PowerShell", "Dart", "Scala"];
const MISC_TECH = [".NET (5+) ", "Pandas", "NumPy", "TensorFlow", "Torch/PyTorch", "Keras", "JAX", "Hugging Face Transformers", "Scikit-Learn", "Opencv", "CUDA", "RabbitMQ", "Spring Framework", "Flutter", "Apache Kafka", "React Native", "Electron", "Qt"];
const TOOLS = ["Docker", "npm", "Pip", "Yarn", "Kubernetes", "NuGet", "Homebrew", "Make", "Maven (build tool)", "Gradle", "Webpack", "Vite", "CMake", "Terraform", "Ansible", "Podman"];
const EDITORS = ["Visual Studio Code", "Notepad++", "IntelliJ IDEA", "Vim", "Android Studio", "PyCharm", "Visual Studio", "Neovim", "Sublime Text", "Eclipse", "Jupyter Notebook/JupyterLab", "Xcode", "WebStorm", "Emacs"];
const DATABASES = ["PostgreSQL", "MySQL", "SQLite", "Microsoft SQL Server", "MongoDB", "Redis", "MariaDB", "Elasticsearch", "Oracle", "DynamoDB", "Firebase Realtime Database", "Cassandra"];
const PLATFORMS = ["Amazon Web Services (AWS)", "Microsoft Azure", "Google Cloud", "Digital Ocean", "Firebase", "Cloudflare", "Heroku", "Vercel", "Netlify", "Hetzner"];
const WEB = ["Node.js", "React", "jQuery", "Angular", "ASP.NET CORE", "Express", "Vue.js", "Next.js", "Spring Boot", "Django", "Flask", "FastAPI", "Laravel", "Svelte"];
const DEV_TYPES = ["Developer, full-stack", "Developer, back-end", "NA", "Developer, front-end", "Developer, desktop or enterprise applications", "Developer, mobile", "Data scientist or machine learning specialist", "Engineering manager", "Academic researcher", "Engineer, data", "Research & Development role", "Student", "DevOps specialist"];
const COUNTRIES = ["Germany", "United States of America", "India", "United Kingdom of Great Britain and Northern Ireland", "Italy", "Netherlands", "Poland", "France", "Australia", "Spain", "Brazil", "Canada", "Iran, Islamic Republic of...", "Russian Federation", "Viet Nam", "Nomadic", "NA"];
const LEARN = ["Other online resources (e.g., videos, blogs, forum)", "Books / Physical media", "Online Courses or Certification", "School (i.e., University, College, etc)", "On the job training", "Colleague", "Friend or family member", "Coding Bootcamp"];
const ONLINE = ["Formal documentation provided by the owner of the tech", "Stack Overflow", "Blogs with tips and tricks", "Written Tutorials", "How-to videos", "Video-based Online Courses", "Interactive tutorial", "Online challenges (e.g., daily or weekly coding challenges)", "Written-based Online Courses", "Auditory material (e.g., podcasts)"];
const AGREE = ["NA", "Agree", "Strongly agree", "Disagree", "Neither agree nor disagree", "Strongly disagree"];
const OFTEN = ["NA", "1-2 times a week", "Never", "3-5 times a week", "6-10 times a week", "10+ times a week"];
const WORK_PARTS = ["Writing code", "Debugging and getting help", "Documenting code", "Learning about a codebase", "Testing code", "Project planning", "Committing and reviewing code", "Deployment and monitoring", "Collaborating with teammates"];
const MINUTES = ["NA", "30-60 minutes a day", "15-30 minutes a day", "60-120 minutes a day", "Less than 15 minutes a day", "Over 120 minutes a day"];

const COLUMNS: Array<[string, Cell]> = [
  ["Q120", pick(["I agree"])],
  ["MainBranch", pick(["I am a developer by profession", "I am not primarily a developer, but I write code sometimes as part of my work/studies", "I code primarily as a hobby", "I am learning to code"])],
  ["Age", pick(["25-34 years old", "35-44 years old", "18-24 years old", "45-54 years old", "Under 18 years old", "55-64 years old"])],
  ["Employment", some(["Employed, full-time", "Independent contractor, freelancer, or self-employed", "Student, full-time", "Employed, part-time"], 2)],
  ["RemoteWork", pick(["Hybrid (some remote, some in-person)", "Remote", "In-person", "NA"])],
  ["CodingActivities", some(["Hobby", "Professional development or self-paced learning from online courses", "Contribute to open-source projects", "Freelance/contract work", "Bootstrapping a business"], 3)],
  ["EdLevel", pick(["Bachelor’s degree (B.A., B.S., B.Eng., etc.)", "Master’s degree (M.A., M.S., M.Eng., MBA, etc.)", "Some college/university study without earning a degree", "Secondary school (e.g. American high school, German Realschule or Gymnasium, etc.)"])],
  ["LearnCode", some(LEARN, 5)],
  ["LearnCodeOnline", some(ONLINE, 6)],
  ["LearnCodeCoursesCert", some(["Udemy", "Coursera", "Pluralsight", "Codecademy", "edX"], 2)],
  ["YearsCode", years],
  ["YearsCodePro", years],
  ["DevType", pick(DEV_TYPES)],
  ["OrgSize", pick(["NA", "20 to 99 employees", "100 to 499 employees", "1,000 to 4,999 employees", "10,000 or more employees", "500 to 999 employees"])],
  ["PurchaseInfluence", pick(["I have some influence", "I have little or no influence", "NA", "I have a great deal of influence"])],
  ["TechList", pick(["Investigate", "NA", "Given a list", "Other"])],
  ["BuyNewTool", some(["Start a free trial", "Ask developers I know/work with", "Visit developer communities like Stack Overflow", "Read ratings or reviews on third party sites like G2 Crowd", "Research companies that have advertised on sites I visit"], 4)],
  ["Country", pick(COUNTRIES)],
  ["Currency", pick(["EUR European Euro", "NA", "USD\tUnited States dollar", "INR\tIndian rupee", "GBP\tPound sterling"])],
  ["CompTotal", (random) => (random() < 0.45 ? "NA" : String(20_000 + Math.floor(random() * 200_000)))],
  ["LanguageHaveWorkedWith", some(LANGUAGES, 8)],
  ["LanguageWantToWorkWith", some(LANGUAGES, 7)],
  ["DatabaseHaveWorkedWith", some(DATABASES, 5)],
  ["DatabaseWantToWorkWith", some(DATABASES, 4)],
  ["PlatformHaveWorkedWith", some(PLATFORMS, 4)],
  ["PlatformWantToWorkWith", some(PLATFORMS, 4)],
  ["WebframeHaveWorkedWith", some(WEB, 5)],
  ["WebframeWantToWorkWith", some(WEB, 4)],
  ["MiscTechHaveWorkedWith", some(MISC_TECH, 5)],
  ["MiscTechWantToWorkWith", some(MISC_TECH, 4)],
  ["ToolsTechHaveWorkedWith", some(TOOLS, 7)],
  ["ToolsTechWantToWorkWith", some(TOOLS, 6)],
  ["NEWCollabToolsHaveWorkedWith", some(EDITORS, 6)],
  ["NEWCollabToolsWantToWorkWith", some(EDITORS, 5)],
  ["OpSysPersonal use", some(["Windows", "Ubuntu", "MacOS", "Windows Subsystem for Linux (WSL)", "Android", "iOS", "Debian", "Arch"], 3)],
  ["OpSysProfessional use", some(["Windows", "MacOS", "Ubuntu", "Windows Subsystem for Linux (WSL)", "Debian", "Red Hat"], 3)],
  ["OfficeStackAsyncHaveWorkedWith", some(["Jira", "Confluence", "Markdown File", "GitHub Discussions", "Azure Devops", "Notion", "Trello"], 4)],
  ["OfficeStackAsyncWantToWorkWith", some(["Jira", "Confluence", "Markdown File", "GitHub Discussions", "Azure Devops", "Notion", "Obsidian"], 3)],
  ["OfficeStackSyncHaveWorkedWith", some(["Microsoft Teams", "Zoom", "Slack", "Discord", "Google Meet", "Whatsapp", "Telegram"], 4)],
  ["OfficeStackSyncWantToWorkWith", some(["Slack", "Microsoft Teams", "Discord", "Zoom", "Google Meet", "Signal"], 3)],
  ["AISearchHaveWorkedWith", some(["ChatGPT", "Bing AI", "WolframAlpha", "Google Bard AI", "You.com", "Phind"], 2)],
  ["AISearchWantToWorkWith", some(["ChatGPT", "Bing AI", "WolframAlpha", "Google Bard AI", "You.com"], 2)],
  ["AIDevHaveWorkedWith", some(["GitHub Copilot", "Tabnine", "AWS CodeWhisperer", "Whispr AI", "Replit Ghostwriter"], 2)],
  ["AIDevWantToWorkWith", some(["GitHub Copilot", "AWS CodeWhisperer", "Tabnine", "Synk Code", "Mintlify"], 2)],
  ["NEWSOSites", some(["Stack Overflow", "Stack Exchange", "Collectives on Stack Overflow", "Stack Overflow for Teams (private knowledge sharing & collaboration platform for companies)"], 3)],
  ["SOVisitFreq", pick(["Daily or almost daily", "Multiple times per day", "A few times per week", "A few times per month or weekly", "Less than once per month or monthly", "NA"])],
  ["SOAccount", pick(["Yes", "No", "Not sure/can't remember", "NA"])],
  ["SOPartFreq", pick(["Less than once per month or monthly", "A few times per month or weekly", "A few times per week", "Daily or almost daily", "I have never participated in Q&A on Stack Overflow"])],
  ["SOComm", pick(["Yes, definitely", "Yes, somewhat", "Neutral", "No, not really", "No, not at all", "NA"])],
  ["SOAI", pick(["NA", "-", "yes", "Neutral", "hype", "I don't think it's super necessary, but improving search and clarifying poorly worded questions would be useful"])],
  ["AISelect", pick(["No, and I don't plan to", "Yes", "No, but I plan to soon", "NA"])],
  ["AISent", pick(["NA", "Favorable", "Very favorable", "Indifferent", "Unsure", "Unfavorable"])],
  ["AIAcc", some(["Increase productivity", "Greater efficiency", "Speed up learning", "Improve accuracy in coding", "Improve collaboration"], 4)],
  ["AIBen", pick(["NA", "Somewhat trust", "Neither trust nor distrust", "Somewhat distrust", "Highly distrust", "Highly trust"])],
  ["AIToolInterested in Using", some(WORK_PARTS, 5)],
  ["AIToolCurrently Using", some(WORK_PARTS, 4)],
  ["AIToolNot interested in Using", some(WORK_PARTS, 3)],
  ["AINextVery different", some(WORK_PARTS, 2)],
  ["AINextNeither different nor similar", some(WORK_PARTS, 2)],
  ["AINextSomewhat similar", some(WORK_PARTS, 2)],
  ["AINextVery similar", some(WORK_PARTS, 2)],
  ["AINextSomewhat different", some(WORK_PARTS, 2)],
  ["TBranch", pick(["Yes", "No", "NA"])],
  ["ICorPM", pick(["Individual contributor", "NA", "People manager"])],
  ["WorkExp", years],
  ...Array.from({ length: 8 }, (_, i): [string, Cell] => [`Knowledge_${i + 1}`, pick(AGREE)]),
  ...Array.from({ length: 3 }, (_, i): [string, Cell] => [`Frequency_${i + 1}`, pick(OFTEN)]),
  ["TimeSearching", pick(MINUTES)],
  ["TimeAnswering", pick(MINUTES)],
  ["ProfessionalTech", some(["Continuous integration (CI) and (more often) continuous delivery", "DevOps function", "Automated testing", "Microservices", "Observability tools", "Developer portal or other central places to find tools/services", "Innersource initiative"], 5)],
  ["Industry", pick(["NA", "Information Services, IT, Software Development, or other Technology", "Other", "Manufacturing, Transportation, or Supply Chain", "Financial Services", "Healthcare"])],
  ["SurveyLength", pick(["Appropriate in length", "Too long", "Too short", "NA"])],
  ["SurveyEase", pick(["Easy", "Neither easy nor difficult", "Difficult", "NA"])],
  ["ConvertedCompYearly", (random) => (random() < 0.45 ? "NA" : String(10_000 + Math.floor(random() * 250_000)))],
];

export const SURVEY_HEADER = ["ResponseId", ...COLUMNS.map(([name]) => name)];

/** The questions (schema `qname`) behind those columns, enough for the mapping's schema check. */
export const SURVEY_SCHEMA_QUESTIONS = ["DevType", "Country", "YearsCodePro", "MiscTech", "CompTotal", "MainBranch", "Age"];

/** Seeded PRNG (mulberry32): the same seed gives the same file. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function surveyRow(responseId: number, random: () => number): string {
  return [String(responseId), ...COLUMNS.map(([, cell]) => csvCell(cell(random)))].join(",");
}
