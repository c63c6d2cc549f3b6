import { Router, Request, Response, NextFunction } from "express";
import { Injectable, resolve } from "./container";

type Verb = "get" | "post" | "patch" | "delete";
interface RouteDef {
  verb: Verb;
  path: string;
  handler: string;
  status: number;
}

const controllers = new Map<Function, { prefix: string; routes: RouteDef[] }>();

function entry(target: Function) {
  let e = controllers.get(target);
  if (!e) {
    e = { prefix: "", routes: [] };
    controllers.set(target, e);
  }
  return e;
}

export function Controller(prefix: string): ClassDecorator {
  return (target) => {
    entry(target).prefix = prefix;
    Injectable()(target);
  };
}

const verb = (v: Verb) => (path = "", status = 200): MethodDecorator =>
  (target, key) => {
    entry(target.constructor).routes.push({ verb: v, path, handler: String(key), status });
  };

export const Get = verb("get");
export const Post = verb("post");
export const Patch = verb("patch");
export const Delete = verb("delete");

export class HttpException extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function mount(router: Router): string[] {
  const table: string[] = [];
  for (const [ctor, { prefix, routes }] of controllers) {
    const instance: any = resolve(ctor);
    for (const r of routes) {
      const full = `${prefix}${r.path}`;
      table.push(`${r.verb.toUpperCase()} ${full}`);
      router[r.verb](full, async (req: Request, res: Response, next: NextFunction) => {
        try {
          const out = await instance[r.handler](req);
          res.status(r.status).json(out);
        } catch (err) {
          next(err);
        }
      });
    }
  }
  return table;
}
