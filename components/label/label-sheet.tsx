// One e-waybill in HTML, positioned in millimetres from the same zone geometry as the PDF renderer
// (lib/labels/label-layout.ts). Pure: barcode and QR SVG markup arrives pre-built in props.
import type { CSSProperties } from "react";
import {
  formatItemsSummary,
  formatLabelTime,
  formatParcelIndex,
  formatPartyAddress,
  formatWeight,
  groupTrackingNumber,
  productNameOf,
  totalQuantity,
  type LabelParty,
} from "@/lib/labels/label-data";
import { labelLayout, type LabelLayout, type ZoneRect } from "@/lib/labels/label-layout";
import type { PrintableLabel } from "@/lib/labels/label-svgs";
import { fitBlockPt, fitSingleLinePt } from "@/lib/labels/text-estimate";

const mm = (value: number) => `${Number(value.toFixed(3))}mm`;
const ptSize = (value: number): CSSProperties => ({ fontSize: `${Number(value.toFixed(1))}pt` });

function zoneStyle(zone: ZoneRect, extra: CSSProperties = {}): CSSProperties {
  return { left: mm(zone.x), top: mm(zone.y), width: mm(zone.width), height: mm(zone.height), ...extra };
}

export function LabelSheet({ label }: { label: PrintableLabel }) {
  const { data, svgs } = label;
  const layout = labelLayout(data.size);
  const { zones, frame, fonts } = layout;
  const parcel = formatParcelIndex(data);
  const sortWidth = frame.width - 3 - (parcel ? layout.parcelBoxWidthMm : 0);
  const sortMaxByHeight = ((zones.sort.height - 2) / 25.4) * 72;
  const sortPt = fitSingleLinePt(data.sortCode, Math.min(fonts.sortCodeMax, sortMaxByHeight), 12, sortWidth);
  const qrBox = Math.min(layout.qrBoxMm, zones.details.height - 3.5);
  const stubPartyClamp = stubPartyLineClamps(layout);

  return (
    <section
      className={`sl-label sl-size-${data.size}`}
      style={{ width: mm(layout.widthMm), height: mm(layout.heightMm) }}
      aria-label={`${data.carrier.nameZh} ${data.trackingNumber}`}
    >
      <div className="sl-frame" style={zoneStyle(frame)} />

      <div className="sl-zone sl-header" style={zoneStyle(zones.header)}>
        <div className="sl-carrier">
          <div className="sl-bold" style={ptSize(fitSingleLinePt(data.carrier.nameZh, fonts.carrier, 9, frame.width * 0.45))}>
            {data.carrier.nameZh}
          </div>
          <div style={ptSize(fonts.carrierEn)}>{data.carrier.nameEn}</div>
        </div>
        {data.coldChain ? (
          <div className="sl-cold-chain sl-bold" style={ptSize(fonts.product * 1.2)}>
            冷链
          </div>
        ) : null}
        <div className="sl-meta">
          <div className="sl-bold" style={ptSize(fonts.product)}>
            {productNameOf(data)}
          </div>
          <div style={ptSize(fonts.meta)}>{formatLabelTime(data.createdAt)}</div>
        </div>
      </div>

      <div className="sl-zone sl-sort sl-rule" style={zoneStyle(zones.sort)}>
        <div className="sl-sort-code sl-bold" style={ptSize(sortPt)}>
          {data.sortCode.trim() || "—"}
        </div>
        {parcel ? (
          <div className="sl-parcel" style={{ width: mm(layout.parcelBoxWidthMm) }}>
            <div className="sl-bold" style={ptSize(fonts.parcelIndex)}>
              {parcel}
            </div>
            <div style={ptSize(fonts.meta)}>子母件</div>
          </div>
        ) : null}
      </div>

      <div className="sl-zone sl-barcode sl-rule" style={zoneStyle(zones.barcode)}>
        <div className="sl-svg" dangerouslySetInnerHTML={{ __html: svgs.mainBarcodeSvg }} />
        <div className="sl-bold sl-number" style={ptSize(fonts.barcodeText)}>
          {groupTrackingNumber(data.trackingNumber)}
        </div>
      </div>

      <PartyZone tag="收" party={data.recipient} layout={layout} zone={zones.recipient} isRecipient />
      <PartyZone tag="寄" party={data.sender} layout={layout} zone={zones.sender} isRecipient={false} />

      <div className="sl-zone sl-details sl-rule" style={zoneStyle(zones.details)}>
        <div className="sl-details-text" style={ptSize(fonts.detail)}>
          <div className="sl-clamp-2">内容品名：{formatItemsSummary(data.items)}</div>
          <div className="sl-bold">
            数量：{totalQuantity(data.items)}件&emsp;重量：{formatWeight(data.weightKg)}
          </div>
          <div className="sl-nowrap">订单号：{data.platformOrderNo}</div>
          <div className="sl-signature">
            <span>签收人：</span>
            <span>时间：&emsp;月&emsp;日</span>
          </div>
        </div>
        <div className="sl-qr" style={{ width: mm(qrBox + 2) }}>
          <div className="sl-svg" dangerouslySetInnerHTML={{ __html: svgs.qrSvg }} />
          <div style={ptSize(fonts.meta * 0.9)}>扫码查件</div>
        </div>
      </div>

      <div className="sl-zone sl-stub" style={zoneStyle(zones.stub)}>
        <div className="sl-stub-top">
          <div className="sl-stub-barcode">
            <div className="sl-svg" dangerouslySetInnerHTML={{ __html: svgs.stubBarcodeSvg }} />
            <div className="sl-bold" style={ptSize(fonts.stub)}>
              {data.trackingNumber}
            </div>
          </div>
          <div className="sl-stub-side" style={ptSize(fonts.stub)}>
            <div className="sl-bold" style={ptSize(fonts.stub * 1.3)}>
              {data.carrier.nameZh}
            </div>
            <div>{productNameOf(data)}</div>
            <div>收件联</div>
          </div>
        </div>
        <div className="sl-stub-rows" style={ptSize(fonts.stub)}>
          <div className={`sl-bold ${stubPartyClamp.recipient}`}>
            收：{data.recipient.name} {data.recipient.phone} {formatPartyAddress(data.recipient)}
          </div>
          <div className={stubPartyClamp.sender}>
            寄：{data.sender.name} {data.sender.phone} {formatPartyAddress(data.sender)}
          </div>
          <div className="sl-nowrap">
            内容：{formatItemsSummary(data.items)}&ensp;共{totalQuantity(data.items)}件&ensp;{formatWeight(data.weightKg)}
          </div>
          <div className="sl-nowrap">订单号：{data.platformOrderNo}</div>
        </div>
      </div>
    </section>
  );
}

/**
 * The stub has four rows; the party rows get a second line only while all four still fit, as in the PDF
 * (the 76×130 stub has room for single lines only).
 */
function stubPartyLineClamps(layout: LabelLayout): { recipient: string; sender: string } {
  const lineMm = ((layout.fonts.stub * 25.4) / 72) * 1.22;
  const rowsHeightMm =
    layout.zones.stub.height - 1.8 - layout.stubBarcode.barHeightMm - lineMm * 1.1 - 0.8 - 0.6 - 0.8;
  const spareLines = Math.floor(rowsHeightMm / lineMm) - 4;
  return {
    recipient: spareLines >= 1 ? "sl-clamp-2" : "sl-nowrap",
    sender: spareLines >= 2 ? "sl-clamp-2" : "sl-nowrap",
  };
}

function PartyZone(props: { tag: string; party: LabelParty; layout: LabelLayout; zone: ZoneRect; isRecipient: boolean }) {
  const { tag, party, layout, zone, isRecipient } = props;
  const { fonts } = layout;
  const contentWidth = zone.width - layout.partyTagWidthMm - 3;
  const nameLine = `${party.name}  ${party.phone}`;
  const nameSize = isRecipient ? fonts.recipientName : fonts.sender;
  const namePt = fitSingleLinePt(nameLine, nameSize, nameSize * 0.75, contentWidth);
  const address = formatPartyAddress(party);
  const addressHeight = zone.height - 2.5 - (namePt * 1.25 * 25.4) / 72;
  const addressPt = isRecipient
    ? fitBlockPt(address, fonts.recipientAddressMax, fonts.recipientAddressMin, contentWidth, addressHeight)
    : fitBlockPt(address, fonts.sender, 6.5, contentWidth, addressHeight);

  return (
    <div className={`sl-zone sl-party sl-rule ${isRecipient ? "sl-recipient" : "sl-sender"}`} style={zoneStyle(zone)}>
      <div
        className="sl-party-tag sl-bold"
        style={{ width: mm(layout.partyTagWidthMm), ...ptSize(isRecipient ? fonts.partyTag : fonts.partyTag * 0.8) }}
      >
        {tag}
      </div>
      <div className="sl-party-body">
        <div className="sl-nowrap" style={ptSize(namePt)}>
          {party.name}&emsp;{party.phone}
        </div>
        <div className="sl-address" style={ptSize(addressPt)}>
          {address}
        </div>
      </div>
    </div>
  );
}
