from datetime import datetime

from clinic import mailer
from clinic.booking import Appointment, BookingService


def test_confirm_sends_mail():
    service = BookingService()
    appt = Appointment(7, "Noor", "noor@example.net", "Dr. Varga", datetime(2024, 4, 9, 14, 30))
    service.confirm(appt)
    assert appt.status == "confirmed"
    assert mailer.SENT[-1].recipient == "noor@example.net"
