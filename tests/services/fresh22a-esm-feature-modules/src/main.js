import { createApp } from './app.js';
import { events } from './shared/events.js';
import { loadOpeningBalances } from './shared/bootstrap.js';
import { accountsModule } from './modules/accounts/index.js';
import { transfersModule } from './modules/transfers/index.js';

const opening = await loadOpeningBalances();

const modules = {};
modules.accounts = accountsModule({ events, opening });
modules.transfers = transfersModule({ events, modules });

const app = createApp({ modules, events });
const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`bank on ${port} with ${opening.length} accounts`));
