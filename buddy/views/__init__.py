"""Views of the buddy app: public registration and links, the volunteer's self-service."""
