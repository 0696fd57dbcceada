from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request, status

from dentallab.auth import Staff, current_staff, require_manager
from dentallab.orders import Order, OrderBook, OrderIn, OrderStatus

router = APIRouter(prefix="/orders", tags=["orders"])


def get_order_book(request: Request) -> OrderBook:
    return request.app.state.order_book


def _load(book: OrderBook, order_id: int) -> Order:
    order = book.get(order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "order not found")
    return order


@router.post("", response_model=Order, status_code=status.HTTP_201_CREATED)
def create_order(
    payload: OrderIn,
    staff: Staff = Depends(current_staff),
    book: OrderBook = Depends(get_order_book),
) -> Order:
    return book.create(payload)


@router.post("/{order_id}/claim", response_model=Order)
def claim_order(
    order_id: int,
    staff: Staff = Depends(current_staff),
    book: OrderBook = Depends(get_order_book),
) -> Order:
    order = _load(book, order_id)
    if order.assigned_to not in (None, staff.id):
        raise HTTPException(status.HTTP_409_CONFLICT, "already claimed")
    return book.save(order.model_copy(update={"assigned_to": staff.id, "status": OrderStatus.IN_PROGRESS}))


@router.post("/{order_id}/cancel", response_model=Order)
def cancel_order(
    order_id: int,
    manager: Staff = Depends(require_manager),
    book: OrderBook = Depends(get_order_book),
) -> Order:
    order = _load(book, order_id)
    if order.status is OrderStatus.SHIPPED:
        raise HTTPException(status.HTTP_409_CONFLICT, "order already shipped")
    return book.save(order.model_copy(update={"status": OrderStatus.CANCELLED}))
