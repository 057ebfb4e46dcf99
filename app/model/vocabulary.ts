// The closed vocabularies of content (audience tags, kinds, stances): plain constants, so pages can use them
// without shipping the zod schemas to the browser.
/** What the plan does about a support, in its own terms; never whether it is in force today. */
export const PLAN_STANCES = ["implemented", "require", "improve", "explore", "build", "target"] as const;

export const AUDIENCE = {
  role: ["self", "family", "employer", "organisation"],
  age: ["0-6", "7-14", "15-17", "18-59", "60+"],
  category: ["visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple"],
  severity: ["severe", "mild"],
  condition: ["autism", "low_income", "student", "job", "rehab_devices", "care"],
} as const;

export const SUBSIDY_GROUPS = ["living", "care", "health", "education", "employment", "housing", "transport", "accessibility", "rights", "culture"] as const;

export const SERVICE_KINDS = ["centre", "hospital", "care", "network", "legal", "library", "culture", "education"] as const;

export const SERVICE_LEVELS = ["city", "district", "street", "community", "network"] as const;

export const FAQ_TOPICS = ["living", "care", "health", "education", "employment", "housing", "transport", "accessibility", "rights", "culture", "services", "plan"] as const;
