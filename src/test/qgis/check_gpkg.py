"""Opens an Incident Atlas GeoPackage export in QGIS, headless: a manual check (CI has no QGIS; docs/exports.md).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 src/test/qgis/check_gpkg.py sample.gpkg sample.png

Prints what QGIS sees of both layers, renders them to a PNG, checks the time fields with the temporal controller,
and edits a copy (which fires the R-tree triggers). Needs QGIS's Python bindings (Debian: qgis python3-qgis).
"""
import os
import shutil
import sys
import tempfile

from qgis.core import (Qgis, QgsApplication, QgsDateTimeRange, QgsFeatureRequest, QgsGeometry, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsMarkerSymbol, QgsPalLayerSettings, QgsPointXY, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsTextFormat, QgsVectorLayer, QgsVectorLayerSimpleLabeling,
                       QgsVectorLayerTemporalContext, QgsVectorLayerTemporalProperties)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, QTime
from qgis.PyQt.QtGui import QColor

path, png = sys.argv[1], sys.argv[2]
QgsApplication.setPrefixPath('/usr', True)
app = QgsApplication([], False)
app.initQgis()
log = []
QgsApplication.messageLog().messageReceived.connect(lambda m, tag, level: log.append(f'[{tag}] {int(level)}: {m}'))
print('QGIS', Qgis.QGIS_VERSION)

layers = []
for name in ('incidents', 'deployments'):
    layer = QgsVectorLayer(f'{path}|layername={name}', name, 'ogr')
    print(f'\n== {name}: valid {layer.isValid()}, provider {layer.providerType()}')
    if not layer.isValid():
        continue
    layers.append(layer)
    print('features', layer.featureCount(), '| crs', layer.crs().authid(), '| extent', layer.extent().toString(5))
    print('spatial index', {0: 'unknown', 1: 'not present', 2: 'present'}[int(layer.hasSpatialIndex())])
    print('fields', ', '.join(f'{f.name()}:{f.typeName()}' for f in layer.fields()))
    print('abstract', layer.metadata().abstract())
    features = list(layer.getFeatures())
    pinned = next(f for f in features if f.hasGeometry())
    print('first pinned feature', pinned.id(), pinned.geometry().asWkt(5))
    for field in ('location', 'event_date', 'since', 'time_start', 'time_end'):
        if field in layer.fields().names():
            print(f'  {field} = {pinned[field]!r}')
    print('without geometry', sum(1 for f in features if not f.hasGeometry()))

settings = QgsMapSettings()
settings.setLayers(list(reversed(layers)))
extent = QgsRectangle(layers[0].extent())
extent.combineExtentWith(layers[1].extent())
extent.grow(2)
settings.setExtent(extent)
settings.setOutputSize(QSize(800, 600))
settings.setBackgroundColor(QColor('white'))
settings.setDestinationCrs(layers[0].crs())
for layer, colour, shape in zip(layers, ('red', 'blue'), ('circle', 'diamond')):
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({'name': shape, 'color': colour, 'size': '4'})))
    labels = QgsPalLayerSettings()
    labels.fieldName = 'location'
    text = QgsTextFormat()
    text.setSize(9)
    labels.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
print('\nrender errors', [(e.layerID, e.message) for e in job.errors()] or 'none', '| saved', job.renderedImage().save(png, 'png'))

incidents = layers[0]
temporal = incidents.temporalProperties()
temporal.setIsActive(True)
temporal.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
temporal.setStartField('time_start')
temporal.setEndField('time_end')
context = QgsVectorLayerTemporalContext()
context.setLayer(incidents)


def shown(begin, end):
    window = QgsDateTimeRange(QDateTime(begin, QTime(0, 0)), QDateTime(end, QTime(0, 0)), True, False)
    request = QgsFeatureRequest().setFilterExpression(temporal.createFilterString(context, window))
    return [f['incident_id'] for f in incidents.getFeatures(request)]


print('\ntemporal controller, start and end from fields:')
for day in sorted({f['time_start'].date() for f in incidents.getFeatures() if f['time_start']}):
    print(' ', day.toString('yyyy-MM-dd'), shown(day, day.addDays(1)))
for year in range(2018, 2024):
    print(' ', year, len(shown(QDate(year, 1, 1), QDate(year + 1, 1, 1))), 'shown')

copy = os.path.join(tempfile.mkdtemp(), 'edit.gpkg')
shutil.copy(path, copy)
edited = QgsVectorLayer(f'{copy}|layername=incidents', 'edited', 'ogr')
fid = next(f.id() for f in edited.getFeatures() if f.hasGeometry())
edited.startEditing()
moved = edited.changeGeometry(fid, QgsGeometry.fromPointXY(QgsPointXY(10.0, 20.0)))
print('\nedit: moved', moved, '| committed', edited.commitChanges(), edited.commitErrors())
reread = QgsVectorLayer(f'{copy}|layername=incidents', 'reread', 'ogr')
found = [f.id() for f in reread.getFeatures(QgsFeatureRequest().setFilterRect(QgsRectangle(9, 19, 11, 21)))]
print('found at the new place through the index', found, '(expected', [fid], ')')
print('\nmessage log:', log or 'empty')
sys.stdout.flush()
os._exit(0)  # exitQgis() with layers alive crashes PyQGIS 3.22
