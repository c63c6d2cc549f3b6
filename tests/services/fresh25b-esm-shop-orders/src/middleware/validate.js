import * as yup from 'yup';

export const schemas = {
  register: yup.object({
    email: yup.string().trim().lowercase().email().required(),
    password: yup.string().min(8).required(),
    name: yup.string().trim().max(40).default('customer'),
  }),
  login: yup.object({ email: yup.string().trim().lowercase().required(), password: yup.string().required() }),
  cartItem: yup.object({
    sku: yup.string().uppercase().matches(/^[A-Z]{2}-\d{2}$/, 'sku looks like AB-12').required(),
    qty: yup.number().integer().min(0).max(5).required(),
  }),
  coupon: yup.object({ code: yup.string().trim().min(3).required() }),
};

export const validateBody = (schema) => async (req, res, next) => {
  try {
    req.body = await schema.validate(req.body ?? {}, { abortEarly: false, stripUnknown: true });
    next();
  } catch (err) {
    next(err);
  }
};
