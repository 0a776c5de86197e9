// Draws every chart box from the embedded JSON with ECharts' SVG renderer, then marks the box:
// data-chart-status="drawn" and data-points (the data points handed to the chart) once an SVG
// with shapes exists, "failed" (and an entry in #js-errors) otherwise.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var charts = [];

  function countPoints(option) {
    var points = 0;
    (option.series || []).forEach(function (series) {
      points += Array.isArray(series.data) ? series.data.length : 0;
    });
    return points;
  }

  function draw(box) {
    var name = box.getAttribute('data-chart');
    try {
      var option = data.charts[name];
      if (!option) {
        throw new Error('no chart data');
      }
      var points = countPoints(option);
      if (points === 0) {
        throw new Error('no data points');
      }
      var chart = echarts.init(box, null, { renderer: 'svg' });
      chart.setOption(option);
      charts.push(chart);
      if (!box.querySelector('svg path')) {
        throw new Error('nothing was drawn');
      }
      box.setAttribute('data-points', String(points));
      box.setAttribute('data-chart-status', 'drawn');
    } catch (e) {
      box.setAttribute('data-chart-status', 'failed');
      window.starlingReportError('chart "' + name + '": ' + (e && e.message ? e.message : e));
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  document.body.dataset.reportReady = 'true';
})();
