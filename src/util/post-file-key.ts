/**
 * @fileoverview How a link's `.md` path and a post's file are compared: by their NFC form. A file named on a Mac
 * may spell `é` as `e` + a combining accent (NFD) while the link typed to it has `é` (NFC): the link was
 * "no post has that file. Did you mean `./café.md`?", naming what looked like the same file.
 */
export const postFileKey = (file: string): string => file.normalize('NFC');
