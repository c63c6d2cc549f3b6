import { BehaviorSubject, Subject } from 'rxjs';
import { scan, map, distinctUntilChanged, filter, startWith } from 'rxjs/operators';

const actions$ = new Subject();

const initial = { seats: {}, waitlist: [], version: 0 };

function reducer(state, action) {
  switch (action.type) {
    case 'book': {
      if (state.seats[action.seat]) return { ...state, waitlist: [...state.waitlist, action.who], version: state.version + 1 };
      return { ...state, seats: { ...state.seats, [action.seat]: action.who }, version: state.version + 1 };
    }
    case 'release': {
      const { [action.seat]: gone, ...seats } = state.seats;
      if (!gone) return state;
      const [next, ...rest] = state.waitlist;
      if (next) seats[action.seat] = next;
      return { seats, waitlist: rest, version: state.version + 1 };
    }
    default:
      return state;
  }
}

export const state$ = new BehaviorSubject(initial);
actions$.pipe(startWith({ type: '@init' }), scan(reducer, initial)).subscribe(state$);

export const dispatch = (action) => { actions$.next(action); return state$.getValue(); };

export const occupancy$ = state$.pipe(map((s) => Object.keys(s.seats).length), distinctUntilChanged());
export const releases$ = actions$.pipe(filter((a) => a.type === 'release'));
