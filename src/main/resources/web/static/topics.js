// The topic map (/topics): an ECharts scatter chart of the works, one series per topic. The data comes from
// the page's <script type="application/json" id="topic-data"> (escaped for script context by the server);
// titles are shown as text (ECharts' tooltip formatter output is HTML, so they are escaped here too).
(function () {
  'use strict';
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function median(values) {
    var v = values.slice().sort(function (a, b) { return a - b; });
    return v.length ? v[Math.floor(v.length / 2)] : 0;
  }
  function start() {
    var holder = document.getElementById('topic-map');
    var source = document.getElementById('topic-data');
    if (!holder || !source || !window.echarts) {
      return;
    }
    var data = JSON.parse(source.textContent);
    var chart = echarts.init(holder, null, {renderer: 'canvas'});
    var byTopic = data.topics.map(function () { return []; });
    data.points.forEach(function (p) { byTopic[p[2]].push(p); });
    var names = data.topics.map(function (t) { return t.id + ': ' + t.label; });
    var series = data.topics.map(function (t, i) {
      return {
        name: names[i], type: 'scatter', symbolSize: data.points.length > 2000 ? 4 : 8, data: byTopic[i],
        emphasis: {focus: 'series', scale: 1.8}, large: data.points.length > 5000
      };
    });
    // Labels on the map: each topic's label at the median of its points, drawn above them.
    series.push({
      name: 'labels', type: 'scatter', symbolSize: 0, silent: true, z: 10, tooltip: {show: false},
      data: data.topics.map(function (t, i) {
        return [median(byTopic[i].map(function (p) { return p[0]; })), median(byTopic[i].map(function (p) { return p[1]; })), t.label];
      }),
      label: {show: true, formatter: function (p) { return p.data[2]; }, fontSize: 12, fontWeight: 'bold', color: '#222',
        backgroundColor: 'rgba(255,255,255,0.75)', padding: [2, 4], borderRadius: 3}
    });
    chart.setOption({
      animation: false,
      grid: {left: 30, right: 30, top: 70, bottom: 30},
      legend: {type: 'scroll', top: 5, data: names},
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) {
          return '<strong class="topic-tooltip-title">' + escapeHtml(p.data[4]) + '</strong><br>' + escapeHtml(p.seriesName);
        }
      },
      xAxis: {type: 'value', scale: true, show: false},
      yAxis: {type: 'value', scale: true, show: false},
      dataZoom: [{type: 'inside', xAxisIndex: 0, filterMode: 'none'}, {type: 'inside', yAxisIndex: 0, filterMode: 'none'}],
      series: series
    });
    chart.on('click', function (p) {
      if (p.data && p.data[5]) {
        window.location.href = p.data[5];
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.paperscopeTopicMap = {chart: chart, data: data};
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
