import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Whether a `git` binary can be run here (differential tests skip without it). */
export const hasGit = (() => {
  try {
    return spawnSync('git', ['--version'], { encoding: 'utf8' }).status === 0
  } catch {
    return false
  }
})()

/** Runs `git merge-file -p` (with `--diff3` when asked) in a scratch directory. */
export function createGitMerger() {
  const dir = mkdtempSync(join(tmpdir(), 'ck-merge-'))
  return {
    merge(base: string, mine: string, theirs: string, diff3 = false) {
      writeFileSync(join(dir, 'base'), base)
      writeFileSync(join(dir, 'mine'), mine)
      writeFileSync(join(dir, 'theirs'), theirs)
      const args = ['merge-file', '-p', ...(diff3 ? ['--diff3'] : [])]
      args.push('-L', 'mine', '-L', 'base', '-L', 'theirs', 'mine', 'base', 'theirs')
      const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
      if (r.status === null || r.status < 0) throw new Error(`git merge-file failed: ${r.stderr}`)
      return { clean: r.status === 0, text: r.stdout }
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
