"""Route of the public interpreter register, mounted inside the language prefix."""

from django.urls import path

from taalhulp.register import views

urlpatterns = [
    path("interpreter-register/", views.register_search, name="interpreter_register"),
]
