"""Create the archive schema in OBS_DB_URL and load a week of readings with two drifting sensors."""
from datetime import datetime, timedelta

from obsarchive.db import Base, SessionLocal, engine
from obsarchive.models import Reading, Sensor

Base.metadata.create_all(engine)
with SessionLocal() as session:
    temp = Sensor(code="T-MAST", quantity="TEMP", mast="north mast")
    baro = Sensor(code="P-HUT", quantity="BARO", mast="instrument hut")
    hum = Sensor(code="H-MAST", quantity="HUM", mast="north mast")
    session.add_all([temp, baro, hum])
    session.flush()
    start = datetime(2026, 11, 16, 6, 0)
    for day in range(5):
        t = start + timedelta(days=day)
        session.add(Reading(sensor_id=temp.id, taken_at=t, value=4.1 + day / 10, reference=3.8 + day / 10, flag="drift" if day >= 2 else "ok"))
        session.add(Reading(sensor_id=baro.id, taken_at=t, value=1012.6, reference=1013.1, flag="drift" if day == 3 else "ok"))
        session.add(Reading(sensor_id=hum.id, taken_at=t, value=87.0, reference=None, flag="ok"))
    session.commit()
