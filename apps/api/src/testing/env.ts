/** The contract tests need a real Typesense; nothing here can run one, so they run where one is set. */
export const searchEnv = {
  typesenseUrl: process.env.TYPESENSE_URL || undefined,
  typesenseApiKey: process.env.TYPESENSE_API_KEY || undefined,
};
