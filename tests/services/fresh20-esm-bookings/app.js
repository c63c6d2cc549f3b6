// An appointment booking API as ES modules, controller-style: a controller class whose handlers are
// arrow-function class fields over a `#service` (mounted with `router.route().get().post()`), a
// service built by `static async create()` and awaited at the top level, a private getter, slots
// double-booked rejected with an error carrying a `cause`, `findLastIndex`/`Object.hasOwn`, and a
// JSON replacer closure counting the keys it hides.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { BookingService } from './src/service.js';
import { BookingController } from './src/controller.js';

const service = await BookingService.create({ open: 9, close: 12 });
const controller = new BookingController(service);

const app = express();
app.use(express.json());

const router = express.Router();
router.route('/bookings').get(controller.list).post(controller.book);
router.route('/bookings/:id').delete(controller.cancel);
router.get('/slots/:day', controller.slots);
router.get('/stats', controller.stats);
app.use('/api', router);

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message, cause: err.cause?.message ?? null });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
