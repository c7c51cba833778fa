/* communique report: draws the charts of the page as inline SVG from the JSON in #report-data.
   No libraries; every mark carries a class (bar, line, node, edge, dot) so tests can count them. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var COOP = "#2e7d32", CONF = "#c62828";

  function el(parent, name, attrs, text) {
    var node = document.createElementNS(NS, name);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]); }
    if (text !== undefined) node.textContent = text;
    parent.appendChild(node);
    return node;
  }
  function title(node, text) { el(node, "title", {}, text); return node; }
  function empty(svg, message) {
    el(svg, "text", { x: 20, y: 40, "class": "empty" }, message);
  }
  function scaleColour(v) {
    if (v === null || v === undefined) return "#9e9e9e";
    var t = Math.max(-1, Math.min(1, v / 10));
    return t >= 0 ? mix("#9e9e9e", COOP, t) : mix("#9e9e9e", CONF, -t);
  }
  function mix(a, b, t) {
    var pa = [1, 3, 5].map(function (i) { return parseInt(a.substr(i, 2), 16); });
    var pb = [1, 3, 5].map(function (i) { return parseInt(b.substr(i, 2), 16); });
    return "#" + pa.map(function (x, i) {
      var v = Math.round(x + (pb[i] - x) * Math.min(1, 0.35 + t));
      return ("0" + v.toString(16)).slice(-2);
    }).join("");
  }

  /* 1. cooperation-conflict scale by month: bars of the sum, a line of the mean */
  function drawScale(svg, series) {
    if (!series.length) { empty(svg, "No dated incidents."); return; }
    var W = 900, H = 260, L = 48, R = 16, T = 14, B = 40;
    var maxAbs = 1;
    series.forEach(function (p) { maxAbs = Math.max(maxAbs, Math.abs(p.scale_sum)); });
    var y0 = T + (H - T - B) / 2, k = (H - T - B) / 2 / maxAbs;
    var step = (W - L - R) / series.length, bw = Math.max(2, step * 0.7);
    el(svg, "line", { x1: L, x2: W - R, y1: y0, y2: y0, "class": "axis" });
    [maxAbs, maxAbs / 2, -maxAbs / 2, -maxAbs].forEach(function (v) {
      var y = y0 - v * k;
      el(svg, "line", { x1: L, x2: W - R, y1: y, y2: y, "class": "grid" });
      el(svg, "text", { x: L - 6, y: y + 4, "text-anchor": "end" }, (Math.round(v * 10) / 10).toString());
    });
    var labelEvery = Math.ceil(series.length / 12);
    var pts = [];
    series.forEach(function (p, i) {
      var x = L + i * step + (step - bw) / 2, v = p.scale_sum;
      if (p.n) {
        var h = Math.max(1, Math.abs(v) * k);
        var bar = el(svg, "rect", { x: x, y: v >= 0 ? y0 - h : y0, width: bw, height: h,
                                    fill: v >= 0 ? COOP : CONF, "class": "bar" });
        title(bar, p.period + ": " + p.n + " incidents, scale sum " + v + ", mean " + p.scale_mean);
      }
      if (p.scale_mean !== null) pts.push([x + bw / 2, y0 - p.scale_mean * k]);
      if (i % labelEvery === 0) el(svg, "text", { x: x + bw / 2, y: H - B + 16, "text-anchor": "middle" }, p.period);
    });
    if (pts.length > 1) {
      el(svg, "polyline", { points: pts.map(function (q) { return q[0] + "," + q[1]; }).join(" "),
                            fill: "none", stroke: "#1565c0", "stroke-width": 2, "class": "line" });
    }
    pts.forEach(function (q) { el(svg, "circle", { cx: q[0], cy: q[1], r: 2.5, fill: "#1565c0", "class": "mean" }); });
  }

  /* 2. event types by quarter: stacked bars, one colour per type */
  function drawTypes(svg, legend, quarters, types, colours) {
    if (!quarters.length) { empty(svg, "No dated incidents."); return; }
    var W = 900, H = 300, L = 40, R = 16, T = 12, B = 36, max = 1;
    quarters.forEach(function (q) {
      var s = 0; for (var t in q.counts) { if (Object.prototype.hasOwnProperty.call(q.counts, t)) s += q.counts[t]; }
      max = Math.max(max, s);
    });
    var k = (H - T - B) / max, step = (W - L - R) / quarters.length, bw = Math.max(3, step * 0.7);
    el(svg, "line", { x1: L, x2: W - R, y1: H - B, y2: H - B, "class": "axis" });
    var tick = Math.max(1, Math.ceil(max / 4));
    max = Math.max(max, tick * 4);
    k = (H - T - B) / max;
    for (var g = 0; g <= 4; g++) {
      var v = tick * g, yy = H - B - v * k;
      el(svg, "line", { x1: L, x2: W - R, y1: yy, y2: yy, "class": "grid" });
      el(svg, "text", { x: L - 6, y: yy + 4, "text-anchor": "end" }, String(v));
    }
    var labelEvery = Math.ceil(quarters.length / 14);
    quarters.forEach(function (q, i) {
      var x = L + i * step + (step - bw) / 2, y = H - B;
      types.forEach(function (t) {
        var n = q.counts[t] || 0;
        if (!n) return;
        var h = n * k;
        y -= h;
        title(el(svg, "rect", { x: x, y: y, width: bw, height: h, fill: colours[t], "class": "bar type-" + t }),
              q.period + " " + t + ": " + n);
      });
      if (i % labelEvery === 0) el(svg, "text", { x: x + bw / 2, y: H - B + 16, "text-anchor": "middle" }, q.period);
    });
    types.forEach(function (t) {
      var s = document.createElement("span");
      s.style.setProperty("--c", colours[t]);
      s.textContent = t;
      legend.appendChild(s);
    });
  }

  /* 3. actor network: nodes on a circle, busiest first; edges coloured by mean scale */
  function drawNetwork(svg, net) {
    if (!net.nodes.length) { empty(svg, "No actors."); return; }
    var C = 220, Rr = net.nodes.length > 1 ? 160 : 0, pos = {}, maxN = 1, maxE = 1;
    net.nodes.forEach(function (n, i) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / net.nodes.length;
      pos[n.code] = [C + Rr * Math.cos(a), C + Rr * Math.sin(a), a];
      maxN = Math.max(maxN, n.n);
    });
    net.edges.forEach(function (e) { maxE = Math.max(maxE, e.n); });
    net.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (!a || !b) return;
      var types = Object.keys(e.by_type).map(function (t) { return t + " " + e.by_type[t]; }).join(", ");
      title(el(svg, "line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: scaleColour(e.scale_mean),
                              "stroke-width": 1 + 7 * e.n / maxE, "stroke-opacity": 0.8, "class": "edge" }),
            e.source + " – " + e.target + ": " + e.n + " (" + types + ")");
    });
    net.nodes.forEach(function (n) {
      var p = pos[n.code], r = 6 + 12 * Math.sqrt(n.n / maxN);
      title(el(svg, "circle", { cx: p[0], cy: p[1], r: r, fill: "#eceff1", stroke: "#455a64", "stroke-width": 1.5,
                                "class": "node" }), n.code + ": " + n.n);
      var lx = C + (Rr + r + 12) * Math.cos(p[2]), ly = C + (Rr + r + 12) * Math.sin(p[2]) + 4;
      el(svg, "text", { x: Rr ? lx : p[0], y: Rr ? ly : p[1] + r + 14, "text-anchor": "middle",
                        "class": "node-label" }, n.code);
    });
  }

  /* 4. the map is drawn on the server (communique.web.worldmap): nothing to do here */

  drawScale(document.getElementById("chart-scale"), data.series);
  drawTypes(document.getElementById("chart-types"), document.getElementById("legend-types"), data.quarters,
            data.types, data.type_colours);
  drawNetwork(document.getElementById("chart-network"), data.network);
  document.body.setAttribute("data-drawn", "yes");
})();
