import type { DumpFormat } from '@saffron/db';

const EXTENSIONS: Record<DumpFormat, string> = { custom: 'dump', portable: 'jsonl.gz' };

/** saffron-2026-11-21T10-00-00-000Z.dump: sorts by time as plain text, safe in any store. */
const BACKUP_NAME = /^saffron-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.(dump|jsonl\.gz)$/;

export function backupName(takenAt: Date, format: DumpFormat): string {
  return `saffron-${takenAt.toISOString().replace(/[:.]/g, '-')}.${EXTENSIONS[format]}`;
}

/** Only files we named are ever listed, restored or deleted by retention. */
export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

export function newestFirst<T extends { name: string }>(backups: T[]): T[] {
  return backups.toSorted((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** The backups retention removes: all but the newest `keep`. */
export function beyondRetention<T extends { name: string }>(backups: T[], keep: number): T[] {
  return newestFirst(backups).slice(keep);
}
