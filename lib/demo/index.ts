export { generateDemoOrderBatches, generateDemoOrders, generateDemoOrdersStream } from "./generate-demo-orders";
export { DEMO_WAREHOUSES, type DemoWarehouse } from "./warehouses";
export { FINAL_STATUS_WEIGHTS, ORDER_STATUSES, ORDER_TRANSITIONS, isLegalTransition, type OrderStatus } from "./order-states";
export { SHIPLANE_RAW_CODES } from "./checkpoints";
export { PLATFORM_ORDER_NO_FORMATS } from "./platforms";
export { CARRIER_HOTLINES, CARRIER_NAMES } from "./carriers";
export type * from "./types";
