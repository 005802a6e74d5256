#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
//
// The test-side MCP client: an "AI agent" built on the official MCP
// TypeScript SDK that talks to an MCP server over stdio, so that a C++ test
// can check `airlockctl mcp` against the reference implementation of the
// protocol rather than against our own idea of it.
//
// Usage:
//   node mcp-client.mjs [--arguments FILE.json] [--cancel-after-progress N]
//                       [--timeout-ms MS] -- COMMAND [ARGS...]
//
// It starts COMMAND ARGS as the server (environment passed through, stderr
// inherited), then prints one JSON object per line on stdout for each event:
//   {"event":"initialized","server":{...},"capabilities":{...},"instructions":...}
//   {"event":"pong"}
//   {"event":"tools","tools":[...]}
// and, with --arguments (a JSON file holding the arguments object of
// run_python):
//   {"event":"progress","progress":N,"total":T,"message":"..."}   (0..n times)
//   {"event":"cancelled"}       after the Nth progress with --cancel-after-progress N;
//                               the SDK sends notifications/cancelled, and the
//                               call then reports neither result nor error
//   {"event":"result","result":{...CallToolResult...}}
//   {"event":"error","stage":"call","message":"...","code":-32001}
// and last {"event":"closed"}, exit status 0. A step that fails before the
// call (start, initialize, ping, tools/list) prints an error event with its
// stage and skips to closing. Only an unexpected crash prints
// {"event":"fatal",...} and exits with 1 (a usage error: 2).
// Nothing else goes to stdout; diagnostics go to stderr.
//
// package.json pins @hono/node-server (an unused dependency of the SDK's HTTP
// server side) to the 1.19 line through "overrides": its 2.x releases want
// Node.js >= 20, and Debian 12's nodejs is 18.

import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const USAGE =
    "usage: node mcp-client.mjs [--arguments FILE.json] [--cancel-after-progress N] " +
    "[--timeout-ms MS] -- COMMAND [ARGS...]";

function emit(event) {
    process.stdout.write(JSON.stringify(event) + "\n");
}

function diag(message) {
    process.stderr.write(`mcp-client: ${message}\n`);
}

function errorEvent(stage, e) {
    const event = { event: "error", stage, message: String(e) };
    if (e && e.code !== undefined) event.code = e.code;
    if (e && e.data !== undefined) event.data = e.data;
    return event;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class UsageError extends Error {}

function parseArgs(argv) {
    const options = { argumentsFile: null, cancelAfterProgress: 0, timeoutMs: 300000, command: null, args: [] };
    const positiveInt = (name, value) => {
        const n = Number(value);
        if (value === undefined || !Number.isInteger(n) || n <= 0)
            throw new UsageError(`${name} needs a positive whole number, not ${JSON.stringify(value)}`);
        return n;
    };
    let i = 0;
    for (; i < argv.length; ++i) {
        const arg = argv[i];
        if (arg === "--") { ++i; break; }
        if (arg === "--arguments") {
            if (argv[i + 1] === undefined) throw new UsageError("--arguments needs a file");
            options.argumentsFile = argv[++i];
        } else if (arg === "--cancel-after-progress") {
            options.cancelAfterProgress = positiveInt(arg, argv[++i]);
        } else if (arg === "--timeout-ms") {
            options.timeoutMs = positiveInt(arg, argv[++i]);
        } else if (arg === "-h" || arg === "--help") {
            process.stderr.write(USAGE + "\n");
            process.exit(0);
        } else if (arg.startsWith("--")) {
            throw new UsageError(`unknown option ${arg}`);
        } else {
            break;   // the command, without a "--" before it
        }
    }
    if (i >= argv.length) throw new UsageError("no server command given");
    options.command = argv[i];
    options.args = argv.slice(i + 1);
    if (options.cancelAfterProgress && !options.argumentsFile)
        throw new UsageError("--cancel-after-progress needs --arguments");
    return options;
}

async function main() {
    let options;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        diag(e.message);
        process.stderr.write(USAGE + "\n");
        emit({ event: "fatal", message: `usage: ${e.message}` });
        process.exit(2);
    }

    // Read before starting the server: a bad file is the caller's mistake.
    let toolArguments = null;
    if (options.argumentsFile !== null) {
        try {
            toolArguments = JSON.parse(readFileSync(options.argumentsFile, "utf8"));
        } catch (e) {
            diag(`cannot read the arguments file ${options.argumentsFile}: ${e}`);
            emit({ event: "fatal", message: `arguments file: ${e}` });
            process.exit(2);
        }
    }

    const env = {};
    for (const [key, value] of Object.entries(process.env))
        if (value !== undefined) env[key] = value;
    const transport = new StdioClientTransport({
        command: options.command,
        args: options.args,
        env,
        stderr: "inherit",
    });
    const client = new Client({ name: "mcp-test-agent", version: "1.0.0" });
    client.onerror = (e) => diag(`protocol error: ${e}`);

    // Killed by the test: end the server too, not only ourselves.
    let closing = null;
    const close = () => (closing ??= client.close().catch((e) => diag(`close: ${e}`)));
    for (const signal of ["SIGTERM", "SIGINT"]) {
        process.once(signal, () => {
            diag(`${signal}: closing the server`);
            close().finally(() => process.exit(128 + (signal === "SIGTERM" ? 15 : 2)));
        });
    }

    let stage = "initialize";
    try {
        await client.connect(transport);
        emit({
            event: "initialized",
            server: client.getServerVersion() ?? null,
            capabilities: client.getServerCapabilities(),
            instructions: client.getInstructions() ?? null,
        });

        stage = "ping";
        await client.ping();
        emit({ event: "pong" });

        stage = "tools/list";
        const listed = await client.listTools();
        emit({ event: "tools", tools: listed.tools });

        if (toolArguments !== null) {
            stage = "call";
            const controller = new AbortController();
            let progressCount = 0;
            let cancelled = false;
            try {
                const result = await client.callTool({ name: "run_python", arguments: toolArguments }, undefined, {
                    onprogress: (p) => {
                        if (cancelled) return;
                        ++progressCount;
                        emit({ event: "progress", progress: p.progress, total: p.total, message: p.message });
                        if (options.cancelAfterProgress && progressCount === options.cancelAfterProgress) {
                            cancelled = true;
                            // The SDK sends notifications/cancelled and rejects the call.
                            controller.abort("cancelled by the test agent");
                            emit({ event: "cancelled" });
                        }
                    },
                    resetTimeoutOnProgress: true,
                    timeout: options.timeoutMs,
                    signal: controller.signal,
                });
                if (cancelled) diag("a result arrived although the call was cancelled; not reported");
                else emit({ event: "result", result });
            } catch (e) {
                if (!cancelled) emit(errorEvent(stage, e));
                else diag(`the cancelled call ended locally: ${e}`);
            }
            // Give the cancellation notice time to reach the server before its
            // stdin closes.
            if (cancelled) await sleep(1000);
        }
    } catch (e) {
        emit(errorEvent(stage, e));
    }

    await close();
    emit({ event: "closed" });
}

main().then(
    () => process.exit(0),
    (e) => {
        diag(`crashed: ${e?.stack ?? e}`);
        emit({ event: "fatal", message: String(e) });
        process.exit(1);
    },
);
