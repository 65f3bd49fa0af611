/** Where a member speaks: a chat platform, the local console, or the community simulator. */
export type Platform = 'telegram' | 'discord' | 'console' | 'sim';
