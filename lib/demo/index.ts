export { generateDemoOrderBatches, generateDemoOrders, generateDemoOrdersStream } from "./generate-demo-orders";
export { DEMO_WAREHOUSES, type DemoWarehouse } from "./warehouses";
export { DEMO_ORDER_TRANSITIONS, FINAL_STATUS_WEIGHTS, isDemoTransition } from "./order-states";
export { PLATFORM_ORDER_NO_FORMATS } from "./platforms";
export { CARRIER_HOTLINES, CARRIER_NAMES } from "./carriers";
export type * from "./types";
