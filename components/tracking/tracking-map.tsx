"use client";
// The parcel's trajectory: checkpoints with coordinates, oldest to newest, on OpenStreetMap tiles. Vector
// markers (no image assets), so the route still shows where tiles cannot load.
import "leaflet/dist/leaflet.css";
import { CircleMarker, MapContainer, Polyline, TileLayer, Tooltip } from "react-leaflet";

export interface MapPoint {
  lng: number;
  lat: number;
  label: string;
}

export default function TrackingMap({ points, label }: { points: MapPoint[]; label: string }) {
  if (points.length === 0) return null;
  const positions = points.map((p) => [p.lat, p.lng] as [number, number]);
  const last = positions[positions.length - 1];
  return (
    <figure aria-label={label} className="h-64 w-full overflow-hidden rounded-lg border border-border" data-testid="tracking-map">
      <MapContainer bounds={positions.length > 1 ? positions : undefined} center={positions.length === 1 ? last : undefined} zoom={positions.length === 1 ? 9 : undefined} boundsOptions={{ padding: [24, 24] }} scrollWheelZoom={false} className="h-full w-full">
        <TileLayer attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' url="https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" />
        <Polyline positions={positions} pathOptions={{ color: "#1d5fd1", weight: 3, dashArray: "6 6" }} />
        {points.map((p, i) => (
          <CircleMarker key={`${p.lat},${p.lng},${i}`} center={[p.lat, p.lng]} radius={i === points.length - 1 ? 8 : 5} pathOptions={{ color: "#1d5fd1", fillColor: i === points.length - 1 ? "#1d5fd1" : "#fff", fillOpacity: 1, weight: 2 }}>
            <Tooltip>{p.label}</Tooltip>
          </CircleMarker>
        ))}
      </MapContainer>
    </figure>
  );
}
