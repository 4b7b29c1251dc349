/** The new project's package.json: briefpack pinned as a dev dependency, and the `packs` script. */

/**
 * An npm package name from the project folder's name: lower case, letters, digits and `-._~` only,
 * not starting with a dot or underscore, at most 214 characters; `briefing-packs` when nothing is left.
 */
export function packageName(folderName: string): string {
  const name = folderName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[-._~]+|-+$/g, '')
    .slice(0, 214);
  return name === '' || name === 'node_modules' || name === 'favicon.ico' ? 'briefing-packs' : name;
}

/**
 * Pinned to the exact version that made the project: rebuilding the same inputs with the same
 * briefpack gives byte-identical PDFs, and a range would let a newer renderer change them.
 */
export function projectPackageJson(name: string, briefpackVersion: string): string {
  const manifest = {
    name,
    version: '0.1.0',
    private: true,
    description: 'Briefing packs made with briefpack',
    scripts: {
      packs: 'briefpack build',
      check: 'briefpack check',
    },
    devDependencies: {
      briefpack: briefpackVersion,
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
