/**
 * A real WordPress on this machine for the plugin's end-to-end test: Debian's `wordpress` package (copied into a
 * temporary folder with a configuration of its own), MariaDB started on a socket of its own, and PHP's built-in
 * server on a loopback port. The plugin is installed from the built zip the way Plugins → Add New → Upload
 * Plugin installs it. `stop()` ends every process this started and removes the folder, whatever happened.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const WORDPRESS = '/usr/share/wordpress';
const MARIADB = '/usr/sbin/mariadbd';
const PHP_DIR = new URL('./php/', import.meta.url).pathname;

/** The Debian packages the test needs, as .ci/run installs them. */
export const PACKAGES = 'php-cli php-mysql mariadb-server wordpress';

/** What is missing on this machine for a real WordPress, in words; empty when everything is there. */
export function missingForWordPress(): string[] {
  const missing: string[] = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push(`WordPress (${WORDPRESS})`);
  if (!existsSync(MARIADB)) missing.push(`MariaDB (${MARIADB})`);
  const php = spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 3);']);
  if (php.error) missing.push('PHP (php)');
  else if (php.status === 3) missing.push("PHP's MySQL extension (php-mysql)");
  return missing;
}

export interface WordPressSite {
  url: string;
  /** The Author's login for the REST API (an application password), and the admin's and Author's passwords. */
  author: { user: string; applicationPassword: string; password: string };
  admin: { user: string; password: string };
  installInfo: { authorCanUnfiltered: boolean; adminCanUnfiltered: boolean; wordpress: string };
  /** An option as WordPress reads it (JSON), or null when there is none: asked with php-cli, not through a page. */
  option(name: string): unknown;
  pluginFolderExists(): boolean;
  deletePlugin(): void;
  /** PHP's warnings and errors from the site's debug log that mention the plugin. */
  pluginProblems(): string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, timeoutMs: number, logFile?: string) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  const log = logFile && existsSync(logFile) ? `\n${readFileSync(logFile, 'utf8').slice(-2000)}` : '';
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s.${log}`);
}

function run(command: string, args: string[], options: { cwd?: string } = {}): string {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', timeout: 120_000 });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

export async function startWordPress(pluginZip: string): Promise<WordPressSite> {
  const folder = mkdtempSync(join(tmpdir(), 'safe-kit-wordpress-'));
  const children: ChildProcess[] = [];
  // Each server runs in a process group of its own (PHP's server forks workers): a signal goes to the whole group.
  const signal = (child: ChildProcess, name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  const killAll = () => children.forEach((child) => signal(child, 'SIGKILL'));
  // If the test process itself is stopped, nothing is left running.
  process.once('exit', killAll);

  const stopped = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => signal(child, 'SIGKILL'), 10_000);
      child.once('exit', () => { clearTimeout(timer); signal(child, 'SIGKILL'); resolve(); });
      signal(child, 'SIGTERM');
    });
  const stop = async () => {
    await Promise.all([...children].reverse().map(stopped));
    process.removeListener('exit', killAll);
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    // MariaDB: a data folder and a socket of its own, no network port.
    const data = join(folder, 'db');
    const socket = join(folder, 'mysql.sock');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db']);
    const dbLog = join(folder, 'mariadb.log');
    children.push(spawn(MARIADB, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(folder, 'mariadb.pid')}`,
      '--skip-networking', '--user=root', '--skip-log-bin', '--innodb-buffer-pool-size=32M', `--log-error=${dbLog}`], { stdio: 'ignore', detached: true }));
    await waitFor('MariaDB', () => existsSync(socket), 60_000, dbLog);
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // WordPress: Debian's files, this test's configuration.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const root = join(folder, 'site');
    cpSync(WORDPRESS, root, { recursive: true, verbatimSymlinks: true });
    const debugLog = join(folder, 'debug.log');
    const config = readFileSync(join(PHP_DIR, 'wp-config.php.template'), 'utf8')
      .replaceAll('{{socket}}', socket)
      .replaceAll('{{url}}', url)
      .replaceAll('{{debugLog}}', debugLog)
      .replaceAll('{{salt}}', randomBytes(24).toString('hex'));
    writeFileSync(join(root, 'wp-config.php'), config);
    copyFileSync(join(PHP_DIR, 'install.php'), join(root, 'safe-kit-test-install.php'));
    const zip = join(folder, 'online-safety-kit.zip');
    copyFileSync(pluginZip, zip);
    const installed = JSON.parse(run('php', ['safe-kit-test-install.php', url, zip], { cwd: root })) as {
      author: string;
      applicationPassword: string;
    } & WordPressSite['installInfo'];
    rmSync(join(root, 'safe-kit-test-install.php'));

    // PHP's own web server, with a few workers: the block editor asks for several things at once.
    const phpLog = join(folder, 'php-server.log');
    children.push(spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      cwd: root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      detached: true,
      stdio: ['ignore', openSync(phpLog, 'w'), openSync(phpLog, 'a')],
    }));
    await waitFor('PHP\'s web server', async () => (await fetch(`${url}/wp-login.php`).catch(() => undefined))?.status === 200, 30_000, phpLog);

    return {
      url,
      author: { user: installed.author, applicationPassword: installed.applicationPassword, password: 'author-password' },
      admin: { user: 'admin', password: 'admin-password' },
      installInfo: { authorCanUnfiltered: installed.authorCanUnfiltered, adminCanUnfiltered: installed.adminCanUnfiltered, wordpress: installed.wordpress },
      option: (name: string) => {
        const code = `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require 'wp-load.php'; echo wp_json_encode(get_option($argv[1], null));`;
        return JSON.parse(run('php', ['-r', code, name], { cwd: root }));
      },
      pluginFolderExists: () => existsSync(join(root, 'wp-content/plugins/online-safety-kit')),
      deletePlugin: () => {
        // What Plugins → Deactivate, then Delete, run on the server (delete_plugins() runs the plugin's uninstall.php).
        const code = `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/admin.php';
          wp_set_current_user(1); deactivate_plugins([$argv[1]]); $deleted = delete_plugins([$argv[1]]);
          if ($deleted !== true) { fwrite(STDERR, is_wp_error($deleted) ? $deleted->get_error_message() : 'not deleted'); exit(1); }`;
        run('php', ['-r', code, 'online-safety-kit/online-safety-kit.php'], { cwd: root });
      },
      pluginProblems: () =>
        existsSync(debugLog)
          ? readFileSync(debugLog, 'utf8').split('\n').filter((line) => line.includes('online-safety-kit') && !line.includes('PHP Deprecated'))
          : [],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
