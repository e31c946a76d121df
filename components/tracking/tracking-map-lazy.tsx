"use client";
import dynamic from "next/dynamic";
import type { MapPoint } from "./tracking-map";

// Leaflet touches `window` on import: load it in the browser only.
const TrackingMap = dynamic(() => import("./tracking-map"), { ssr: false, loading: () => <div className="h-64 w-full animate-pulse rounded-lg bg-muted" /> });

export function TrackingMapLazy(props: { points: MapPoint[]; label: string }) {
  return <TrackingMap {...props} />;
}
