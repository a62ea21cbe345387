/** Dialog and prompt ids, in one place. */
export const DialogIds = {
  main: 'mainDialog',
  mainWaterfall: 'mainWaterfall',
  triage: 'triageDialog',
  persona: 'personaDialog',
  safety: 'safetyDialog',
  guidance: 'guidanceDialog',
  legalClock: 'legalClockDialog',
  coverage: 'coverageDialog',
  handoff: 'handoffDialog',
  erase: 'eraseDialog',
} as const;

export const PromptIds = {
  text: 'textPrompt',
  choice: 'choicePrompt',
  yesNo: 'yesNoPrompt',
  situation: 'situationPrompt',
  date: 'datePrompt',
  policyNumber: 'policyNumberPrompt',
} as const;
