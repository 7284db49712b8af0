import { createInterface } from 'node:readline/promises';

/** Asks one question on the terminal; `hidden` keeps what is typed (a password) off the screen. */
export async function prompt({ question, hidden = false }: { question: string; hidden?: boolean }): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (hidden && process.stdin.isTTY) {
    // Echo nothing while the answer is typed; readline calls _writeToOutput for every keystroke.
    const writable = rl as unknown as { _writeToOutput: (text: string) => void };
    const original = writable._writeToOutput.bind(rl);
    let asked = false;
    writable._writeToOutput = (text: string) => {
      if (!asked) {
        asked = true;
        original(text);
      }
    };
  }
  try {
    const answer = await rl.question(question);
    if (hidden && process.stdin.isTTY) process.stdout.write('\n');
    return answer.trim();
  } finally {
    rl.close();
  }
}
