/**
 * What the edge tests need from the machine: nginx-light and openssl, PostgreSQL and Redis (two
 * live-event instances share them), and the built web app and portal nginx serves. Outside CI a missing
 * one skips the tests and is named; in CI it is a failure.
 */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresAvailable } from '@ilenia/kit/testing';
import { nginxAvailable } from './nginx-process.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function redisReachable(): Promise<boolean> {
  const target = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  return new Promise((resolve) => {
    const socket = connect({ host: target.hostname, port: Number(target.port || 6379) });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The missing prerequisites, named; throws in CI instead of letting the tests skip. */
export async function gatewayPrerequisitesMissing(): Promise<string[]> {
  const missing: string[] = [];
  if (!nginxAvailable()) missing.push('nginx-light and openssl (make apt-packages)');
  if (!(await postgresAvailable())) missing.push('PostgreSQL');
  if (!(await redisReachable())) missing.push('Redis');
  if (!existsSync(path.join(repositoryRoot, 'dist', 'web', 'index.html'))) missing.push('the built web app (make build)');
  if (!existsSync(path.join(repositoryRoot, 'dist', 'portal', 'index.html'))) missing.push('the API portal (make docs)');
  if (missing.length > 0 && process.env.CI === 'true') throw new Error(`The gateway tests need ${missing.join(', ')}`);
  return missing;
}
