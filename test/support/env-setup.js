// natural calls dotenv on import and would print to stdout; keep tests quiet and hermetic.
process.env.DOTENV_CONFIG_QUIET = 'true';
