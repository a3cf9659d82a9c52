/**
 * Print one path of the team decay game (src/lessons/decay-teams.ts), the numbers the explorer page
 * shows for the same link: `explorer.html#game=decay-teams&seed=S&teams=T&accounts=A&played=P`.
 * Run: `npx tsx scripts/decay-teams.ts --seed 1 --teams 4 --accounts 2 --played 1020.1201.2111`
 * (`--played`: one digit per team per round, 0 stay organic, 1 rent engagement, 2 buy followers).
 */
import { playTeamGame } from '../src/lessons/decay-teams.js';
import { gameRows } from '../src/explorer/game-views.js';

const option = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : def;
};
const setup = { seed: Number(option('seed', '1')), teams: Number(option('teams', '4')), perTeam: Number(option('accounts', '2')) };
const played = option('played', '');
const game = playTeamGame(setup, played === '' ? [] : played.split('.').map((r) => Array.from(r, Number)));
console.log(
  `seed ${setup.seed}, ${setup.teams} teams of ${setup.perTeam}: accounts ${game.accounts.map((a) => a.join(',')).join(' | ')}; ${game.paying} paying places`,
);
console.log(['round', 'validity', 'others gaming', ...game.accounts.map((_, t) => `team ${t + 1}`)].join('\t'));
for (const row of gameRows(game)) console.log(row.map((c) => c.replace('\n', ' · ')).join('\t'));
