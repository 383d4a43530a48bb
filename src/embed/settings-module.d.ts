/** The settings every component declares, by component name (`help-links`): made by the build for embed.js. */
declare module 'safe-kit:settings' {
  const declared: Record<string, readonly import('../shared/settings.ts').Setting[]>;
  export default declared;
}
