# Webhooks : refus d’une adresse de réception, pages d’administration, note au propriétaire.
webhook-url-invalid = Veuillez saisir une adresse web complète, par exemple https://crm.example.org/hooks.
webhook-url-not-https = L’adresse doit commencer par https://.
webhook-url-credentials = L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.
webhook-url-unresolvable = Ce nom d’hôte est introuvable.
webhook-url-forbidden = Cette adresse mène à un réseau privé, local ou de lien local, que les webhooks ne peuvent pas atteindre.
webhook-events-invalid = Veuillez choisir au moins un des types d’événement proposés.
webhook-event-unknown = Aucun des événements que vous gérez ne porte cet identifiant.
webhook-disabled-subject = Un webhook a été désactivé
webhook-disabled-email = Convene n’a pas pu livrer à { $url } pendant une journée entière et a désactivé ce webhook.

    Dernière erreur : { $reason }

    Lorsque le récepteur fonctionnera de nouveau, vous pourrez réactiver le webhook et renvoyer les livraisons échouées ici :
    { $page }
admin-webhooks = Webhooks
admin-webhooks-help = Convene envoie un POST signé à ces adresses lorsque quelque chose se passe à vos événements. Les livraisons échouées sont retentées pendant une journée.
admin-webhook-url = Adresse de réception (https)
admin-webhook-events = Types d’événement
admin-webhook-scope = Événements
admin-webhook-scope-all = Tous les événements que je gère
admin-webhook-add = Ajouter le webhook
admin-webhook-secret-once = Voici le secret de signature. Il n’est affiché qu’une seule fois : veuillez le copier maintenant dans le système récepteur.
admin-webhook-active = Actif
admin-webhook-disabled = Désactivé : { $reason }
admin-webhook-enable = Réactiver
admin-webhook-enabled = Le webhook est réactivé.
admin-webhook-deliveries = Livraisons
admin-webhook-type = Type
admin-webhook-attempts = Tentatives
admin-webhook-no-answer = pas de réponse
admin-webhook-body = Corps envoyé
admin-webhook-send-again = Renvoyer
admin-webhook-sent-again = La livraison est de nouveau en file d’attente.
admin-webhook-none = Aucune livraison pour l’instant.
webhook-status-queued = en file d’attente
webhook-status-sending = en cours d’envoi
webhook-status-retrying = sera retentée
webhook-status-delivered = livrée
webhook-status-failed = échouée
