// The circ extension: the language (.circ), its grammar, and the client of the language server
// « circ lsp » (diagnostics, hover, completion, navigation, outline, rename, quick fixes).
// Plain JavaScript (CommonJS), run as it is: no compilation step.
"use strict";

const fs = require("fs");
const path = require("path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client = null;

/** The circ command: the setting, else the workspace's virtual environment, else `circ` in the PATH. */
function circCommand() {
  const configured = (vscode.workspace.getConfiguration("circ").get("commande") || "").trim();
  const folder = vscode.workspace.workspaceFolders ? vscode.workspace.workspaceFolders[0].uri.fsPath : null;
  if (configured) {
    const relative = !path.isAbsolute(configured) && /[\\/]/.test(configured);
    return relative && folder ? path.join(folder, configured) : configured;
  }
  if (folder) {
    const local = process.platform === "win32"
      ? path.join(folder, ".venv", "Scripts", "circ.exe")
      : path.join(folder, ".venv", "bin", "circ");
    if (fs.existsSync(local)) {
      return local;
    }
  }
  return "circ";
}

async function start() {
  const command = circCommand();
  const serverOptions = { command, args: ["lsp"], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: "file", language: "circ" },
      { scheme: "untitled", language: "circ" },
    ],
    outputChannelName: "circ",
  };
  client = new LanguageClient("circ", "circ (serveur de langage)", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = null;
    vscode.window.showErrorMessage(
      `Le serveur de langage circ n'a pas démarré (commande « ${command} lsp ») : ${error.message || error}. ` +
        "Installez circdsl avec « pip install 'circdsl[lsp]' » ou indiquez le chemin de la commande dans le réglage « circ.commande »."
    );
  }
}

async function stop() {
  if (client) {
    const running = client;
    client = null;
    await running.stop();
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("circ.redemarrer", async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("circ.commande")) {
        await stop();
        await start();
      }
    })
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
