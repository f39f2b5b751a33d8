/** Chromium flags for a quiet headless run on a machine without outside network. */
export declare const CHROMIUM_ARGS: string[];
/** CHROME_PATH, else a system Chromium or Chrome, else undefined. */
export declare function findChromium(): string | undefined;
/** Like findChromium, but installs Debian's package when root, or exits explaining how to get one. */
export declare function ensureChromium(): string;
