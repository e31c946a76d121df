// The OpenAPI document, generated from the same zod schemas the handlers validate with.
import { z } from "zod";
import * as shippingSchemas from "@/lib/schemas/shipping";
import { createOrderSchema, errorSchema, orderPageSchema, orderSchema, orderStatusSchema, transitionOrderSchema } from "@/lib/schemas/order";

type Json = Record<string, unknown>;

// Every schema registered with .meta({ id }) becomes a component; references between them stay $refs.
function registrySchemas(io: "input" | "output"): Record<string, Json> {
  const out = z.toJSONSchema(z.globalRegistry, { io, unrepresentable: "any", target: "openapi-3.0", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> };
  return Object.fromEntries(Object.entries(out.schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
}

const INPUT_SCHEMAS = new Set(["CreateOrder", "TransitionOrder", "ShipOrder", "BindWaybill", "VoidWaybill"]);

const errors = (codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c], content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request (bad JSON)",
  401: "Missing, unknown or revoked API key",
  403: "The key's role lacks the permission",
  404: "Not found",
  409: "Conflict: a different order with this number exists, or an illegal state transition (lists allowed states)",
  413: "Body over 1 MB",
  415: "Content-Type must be application/json",
  422: "Validation failed; fieldErrors names each field",
};

const ok = (description: string, ref: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

function componentSchemas(): Record<string, Json> {
  // Importing the schema modules registers them; the list keeps that import from being tree-shaken away.
  void [createOrderSchema, transitionOrderSchema, orderSchema, orderPageSchema, orderStatusSchema, errorSchema, shippingSchemas];
  const input = registrySchemas("input");
  const output = registrySchemas("output");
  return Object.fromEntries(Object.keys(output).map((id) => [id, INPUT_SCHEMAS.has(id) ? input[id] : output[id]]));
}

export function buildOpenApiDocument(serverUrl: string): Json {
  return {
    openapi: "3.0.3",
    info: {
      title: "Shiplane API",
      version: "1.0.0",
      description: "Orders, waybills and tracking for ERP/OMS integrators. Authenticate with `Authorization: Bearer <API key>`. Errors are JSON `{error:{code,message,requestId,fieldErrors?,allowed?}}`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "API key created on the admin page" } },
      schemas: componentSchemas(),
    },
    paths: {
      "/api/v1/orders": {
        post: {
          operationId: "createOrder",
          summary: "Create an order (idempotent on platformOrderNo)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CreateOrder" } } } },
          responses: { "201": ok("Created", "Order"), "200": ok("The same request replayed: the existing order", "Order"), ...errors([400, 401, 403, 409, 413, 415, 422]) },
        },
        get: {
          operationId: "listOrders",
          summary: "List orders, newest first, with cursor pagination",
          parameters: [
            { name: "status", in: "query", schema: { type: "string" }, description: "Comma-separated order states" },
            { name: "carrier", in: "query", schema: { type: "string" }, description: "Carrier code, e.g. sf" },
            { name: "q", in: "query", schema: { type: "string" }, description: "Order number prefix, customer name or tracking number" },
            { name: "cursor", in: "query", schema: { type: "string" }, description: "nextCursor from the previous page" },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
          ],
          responses: { "200": ok("A page of orders", "OrderPage"), ...errors([401, 403, 422]) },
        },
      },
      "/api/v1/orders/{id}": {
        get: { operationId: "getOrder", summary: "Get one order", parameters: [idParam], responses: { "200": ok("The order", "Order"), ...errors([401, 403, 404]) } },
      },
      "/api/v1/orders/{id}/transitions": {
        post: {
          operationId: "transitionOrder",
          summary: "Move an order to another state",
          parameters: [idParam],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/TransitionOrder" } } } },
          responses: { "200": ok("The order after the move", "Order"), ...errors([400, 401, 403, 404, 409, 415, 422]) },
        },
      },
      "/api/v1/orders/{id}/ship": {
        post: {
          operationId: "shipOrder",
          summary: "Request e-waybills, bind them and move the order to shipped (one step)",
          description: "Carrier chosen by the carrier rules unless given; the reason is returned. Concurrent calls for one order yield one set of waybills: the others get it back with alreadyShipped=true.",
          parameters: [idParam],
          requestBody: { required: false, content: { "application/json": { schema: { $ref: "#/components/schemas/ShipOrder" } } } },
          responses: { "201": ok("Shipped", "ShipResult"), "200": ok("Already shipped: the existing waybills", "ShipResult"), ...errors([400, 401, 403, 404, 409, 415, 422]) },
        },
      },
      "/api/v1/orders/{id}/waybills": {
        post: {
          operationId: "bindWaybill",
          summary: "Bind a tracking number obtained elsewhere; the carrier is detected from the number",
          parameters: [idParam],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BindWaybill" } } } },
          responses: { "201": ok("Bound", "Waybill"), "200": ok("Already bound to this order", "Waybill"), ...errors([400, 401, 403, 404, 409, 415, 422]) },
        },
      },
      "/api/v1/waybills/{trackingNumber}/void": {
        post: {
          operationId: "voidWaybill",
          summary: "Void a waybill before the carrier picks the parcel up",
          parameters: [{ name: "trackingNumber", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/VoidWaybill" } } } },
          responses: { "200": { description: "Voided" }, ...errors([401, 403, 404, 409, 422]) },
        },
      },
      "/api/v1/waybills/{trackingNumber}/label.pdf": {
        get: {
          operationId: "getLabel",
          summary: "The e-waybill label as PDF at the carrier's label size",
          parameters: [{ name: "trackingNumber", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "PDF", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } }, ...errors([401, 403, 404]) },
        },
      },
      "/api/v1/carriers/detect": {
        get: {
          operationId: "detectCarrier",
          summary: "Ranked carrier candidates for a tracking number, with validity and reasons",
          parameters: [{ name: "number", in: "query", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "Candidates" }, ...errors([401, 422]) },
        },
      },
      "/api/health": { get: { operationId: "health", summary: "Database reachability", security: [], responses: { "200": { description: "Healthy" }, "503": { description: "Database unreachable" } } } },
    },
  };
}
