import { LoadingState } from "@/components/ui/loading-state";

export default function Loading() {
  return <LoadingState variant="table" rows={8} columns={5} label="加载中… Loading…" />;
}
