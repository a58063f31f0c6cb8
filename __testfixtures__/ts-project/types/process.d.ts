// The fixture has no node_modules: just enough of Node's globals for process.env.
declare const process: { env: Record<string, string | undefined> };
